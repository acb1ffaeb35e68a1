package jp.shinsa.domain.contract.layout;

/** Character classes that decide spacing and language. */
public final class Scripts {

  private Scripts() {}

  /** Kana, kanji and full-width CJK punctuation: text written without spaces between words. */
  public static boolean isCjk(char c) {
    return (c >= '\u3000' && c <= '\u30FF') // CJK punctuation, hiragana, katakana
        || (c >= '\u31F0' && c <= '\u31FF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\uFF00' && c <= '\uFFEF') // full-width and half-width forms
        || (c >= '\u2460' && c <= '\u24FF'); // circled numbers
  }

  /** Kana or kanji only (not punctuation): used to measure how Japanese a text is. */
  public static boolean isJapaneseLetter(char c) {
    return (c >= '\u3041' && c <= '\u309F')
        || (c >= '\u30A0' && c <= '\u30FF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || (c >= '\u4E00' && c <= '\u9FFF');
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
