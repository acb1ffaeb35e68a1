package jp.shinsa.domain.contract.layout;

/** Character classes that decide spacing and language. */
public final class Scripts {

  private Scripts() {}

  /** Kana, kanji and full-width CJK punctuation: text written without spaces between words. */
  public static boolean isCjk(char c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.HIRAGANA
        || b == Character.UnicodeBlock.KATAKANA
        || b == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
        || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS;
  }

  /** Kana or kanji only (not punctuation): used to measure how Japanese a text is. */
  public static boolean isJapaneseLetter(char c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.HIRAGANA
        || b == Character.UnicodeBlock.KATAKANA
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
        || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A;
  }

  /** Display width in half-width columns, used when a plain-text source has no geometry. */
  public static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += (isCjk(c) || c == '\u3000') ? 2 : 1;
    }
    return w;
  }
}
