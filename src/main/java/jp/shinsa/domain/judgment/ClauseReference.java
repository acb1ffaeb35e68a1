package jp.shinsa.domain.judgment;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.ClauseKind;
import jp.shinsa.domain.contract.ClauseNode;

/**
 * Builds the full printed reference of a clause from its ancestors' printed numbers, the way an
 * officer would cite it: "第8条" + "2" → "第8条第2項"; "Section 8" + "8.2" + "(a)" → "Section 8.2(a)";
 * "Article 5" + "2" → "Article 5(2)".
 */
public final class ClauseReference {

  private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+");
  private static final Pattern DOTTED = Pattern.compile("[0-9]+(\\.[0-9]+)+\\.?");
  private static final Pattern LEADING_NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  private static final String KANJI_DIGITS = "〇一二三四五六七八九";

  private ClauseReference() {}

  /** "一" → "1", "十二" → "12": Japanese item numbers are cited in Arabic numerals. */
  static String kanjiNumber(String s) {
    if (s.isEmpty() || s.chars().anyMatch(c -> KANJI_DIGITS.indexOf(c) < 0 && c != '十')) {
      return s;
    }
    int tens = 0;
    int units = 0;
    for (char c : s.toCharArray()) {
      if (c == '十') {
        tens = units == 0 ? 1 : units;
        units = 0;
      } else {
        units = KANJI_DIGITS.indexOf(c);
      }
    }
    return Integer.toString(tens * 10 + units);
  }

  /**
   * @param chain the nodes from the top-level clause down to the cited node
   */
  public static String of(List<ClauseNode> chain) {
    StringBuilder ref = new StringBuilder();
    boolean japanese = false;
    for (ClauseNode node : chain) {
      String printed =
          node.printedNumber() == null
              ? ""
              : Normalizer.normalize(node.printedNumber().strip(), Normalizer.Form.NFKC);
      if (printed.isEmpty()) {
        // An unnumbered first paragraph is still cited by its number ("第5条第1項").
        if (japanese && node.kind() == ClauseKind.PARAGRAPH && !ref.isEmpty()) {
          String path = node.path() == null ? "" : node.path();
          String last = path.substring(path.lastIndexOf('.') + 1);
          if (DIGITS.matcher(last).matches()) {
            ref.append('第').append(last).append('項');
          }
        }
        continue;
      }
      printed = kanjiNumber(printed);
      if (ref.isEmpty()) {
        ref.append(printed);
        japanese = printed.startsWith("第") || printed.startsWith("別");
        continue;
      }
      if (DIGITS.matcher(printed).matches()) {
        if (japanese) {
          ref.append('第').append(printed).append(node.kind() == ClauseKind.ITEM ? "号" : "項");
        } else {
          ref.append('(').append(printed).append(')');
        }
      } else if (DOTTED.matcher(printed).matches() && !japanese) {
        String number =
            printed.endsWith(".") ? printed.substring(0, printed.length() - 1) : printed;
        var m = LEADING_NUMBER.matcher(ref);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
          last = m.start();
          lastEnd = m.end();
        }
        if (last >= 0 && number.startsWith(ref.substring(last, lastEnd))) {
          ref.replace(last, lastEnd, number);
        } else {
          ref.append(' ').append(number);
        }
      } else {
        ref.append(printed);
      }
    }
    String out = ref.toString().strip();
    return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
  }
}
