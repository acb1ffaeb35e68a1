package jp.shinsa.domain.contract.segmentation;

/** Reads the numeral systems contracts number their clauses with. */
public final class Numerals {

  static final String KATAKANA_ORDER = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

  /** "ARTICLE ONE" … "Article Twenty", as some US agreements number their articles. */
  private static final java.util.List<String> WORDS =
      java.util.List.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  static final String WORDS_PATTERN = String.join("|", WORDS);

  private Numerals() {}

  /** "three" = 3 (any case) up to twenty; -1 otherwise. */
  static int word(String s) {
    int i = WORDS.indexOf(s.toLowerCase(java.util.Locale.ROOT));
    return i < 0 ? -1 : i + 1;
  }

  /** Arabic or kanji numerals ("12", "十二", "百一"); -1 when not a number. */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    if (s.chars().allMatch(Character::isDigit)) {
      return s.length() > 6 ? -1 : Integer.parseInt(s);
    }
    return kanji(s);
  }

  static int kanji(String s) {
    int total = 0;
    int current = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int digit = "〇一二三四五六七八九".indexOf(c);
      if (c == '零') {
        digit = 0;
      }
      if (digit >= 0) {
        current = current * 10 + digit;
      } else if (c == '十' || c == '百' || c == '千') {
        int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
        total += (current == 0 ? 1 : current) * unit;
        current = 0;
      } else {
        return -1;
      }
    }
    return total + current;
  }

  /** Lower- or upper-case roman numerals up to 39; -1 otherwise. */
  public static int roman(String s) {
    String r = s.toLowerCase();
    if (!r.matches("x{0,3}(ix|iv|v?i{0,3})") || r.isEmpty()) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < r.length(); i++) {
      int v = val(r.charAt(i));
      int next = i + 1 < r.length() ? val(r.charAt(i + 1)) : 0;
      value += v < next ? -v : v;
    }
    return value;
  }

  private static int val(char c) {
    return switch (c) {
      case 'i' -> 1;
      case 'v' -> 5;
      default -> 10;
    };
  }

  /** "a" = 1 ... "z" = 26; -1 otherwise. */
  public static int letter(String s) {
    if (s.length() != 1) {
      return -1;
    }
    char c = Character.toLowerCase(s.charAt(0));
    return c >= 'a' && c <= 'z' ? c - 'a' + 1 : -1;
  }

  /** The roman numeral signs Ⅰ … Ⅻ printed as one character (別紙Ⅱ); -1 otherwise. */
  static int romanSign(char c) {
    return c >= 'Ⅰ' && c <= 'Ⅻ' ? c - 'Ⅰ' + 1 : -1;
  }

  static int circled(char c) {
    return c >= '①' && c <= '⑳' ? c - '①' + 1 : -1;
  }

  static int katakana(String s) {
    return s.length() == 1 ? KATAKANA_ORDER.indexOf(s.charAt(0)) + 1 : -1;
  }

  /** The iroha order of 号 items in older and public-sector drafting: イ, ロ, ハ, ニ … */
  static final String IROHA_ORDER = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス";

  /** Position of a katakana in the iroha order ("ニ" → 4), -1 when it has none. */
  static int iroha(String s) {
    int i = s.length() == 1 ? IROHA_ORDER.indexOf(s.charAt(0)) : -1;
    return i < 0 ? -1 : i + 1;
  }

  /** Article number from an arabic, kanji or roman numeral. */
  static int any(String s) {
    int v = parse(s);
    if (v < 0) {
      v = word(s);
    }
    return v > 0 ? v : roman(s);
  }
}
