package jp.shinsa.domain.contract;

/**
 * Width and punctuation normalisation for matching, in the spirit of NFKC but strictly one
 * character in, one character out. Keeping the length lets every clause offset index both the
 * display text and the normalised text, so a match found in one can be highlighted in the other.
 */
public final class TextNormaliser {

  private static final String HALF_KANA =
      "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ";
  private static final String FULL_KANA =
      "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜";

  private TextNormaliser() {}

  public static String normalise(String text) {
    if (text == null) {
      return null;
    }
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = normalise(out[i]);
    }
    return new String(out);
  }

  public static char normalise(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c >= '\uFF61' && c <= '\uFF9F') {
      int k = HALF_KANA.indexOf(c);
      return k >= 0 ? FULL_KANA.charAt(k) : c;
    }
    switch (c) {
      case '\u3000',
      '\u00A0',
      '\t',
      '\u2002',
      '\u2003',
      '\u2004',
      '\u2005',
      '\u2006',
      '\u2007',
      '\u2008',
      '\u2009',
      '\u200A',
      '\u202F',
      '\u205F':
        return ' ';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63':
        return '-';
      case '\u2018', '\u2019', '\u201B':
        return '\'';
      case '\u201C', '\u201D', '\u201F':
        return '"';
      case '\uFFE5':
        return '¥';
      default:
        return c;
    }
  }
}
