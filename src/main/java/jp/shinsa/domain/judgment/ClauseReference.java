package jp.shinsa.domain.judgment;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
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

  /** "§", "Section", "Clause", "Article", "Paragraph" printed before a sub-number ("§ 2.1"). */
  private static final Pattern KEYWORD_NUMBER =
      Pattern.compile(
          "(?i)(?:§|section|clause|article|paragraph)\\s*[0-9]+(?:\\.[0-9]+)*\\.?(?:\\s*\\([0-9]+\\))?");

  /** "a)", "a.", "(a)", "(ii)", "(A)": an English list item, cited in parentheses. */
  private static final Pattern LETTER_ITEM = Pattern.compile("\\(?([A-Za-z]{1,5}|[0-9]{1,3})[).]?");

  /** "(1)", "(一)", "ア": a Japanese item marker, cited as 第N号 when it is a number. */
  private static final Pattern JA_ITEM = Pattern.compile("\\(?([0-9]+)[).]?");

  /**
   * @param chain the nodes from the top-level clause down to the cited node
   */
  public static String of(List<ClauseNode> chain) {
    String annex = "";
    StringBuilder ref = new StringBuilder();
    boolean japanese = false;
    for (ClauseNode node : chain) {
      String printed =
          node.printedNumber() == null
              ? ""
              : Normalizer.normalize(node.printedNumber().strip(), Normalizer.Form.NFKC);
      if (node.kind() == ClauseKind.ANNEX) {
        annex = printed.isEmpty() && node.heading() != null ? node.heading() : printed;
        japanese = annex.startsWith("別") || annex.startsWith("附") || annex.startsWith("付");
        continue;
      }
      if (printed.isEmpty()) {
        if (japanese
            && node.kind() == ClauseKind.PARAGRAPH
            && (!ref.isEmpty() || !annex.isEmpty())) {
          // An unnumbered first paragraph is still cited by its number ("第5条第1項").
          String path = node.path() == null ? "" : node.path();
          String last = path.substring(path.lastIndexOf('.') + 1);
          if (DIGITS.matcher(last).matches()) {
            ref.append('第').append(last).append('項');
          }
        } else if (ref.isEmpty()
            && node.kind() == ClauseKind.ARTICLE
            && node.heading() != null
            && !node.heading().isBlank()) {
          // A clause printed without a number is cited by its heading ("YOUR DATA").
          ref.append(node.heading().strip());
        }
        continue;
      }
      printed = kanjiNumber(printed);
      if (ref.isEmpty() && annex.isEmpty()) {
        ref.append(printed);
        japanese = printed.startsWith("第");
        continue;
      }
      if (japanese) {
        appendJapanese(ref, printed, node.kind());
      } else {
        appendEnglish(ref, printed, annex);
      }
    }
    String out = ref.toString().strip();
    if (out.endsWith(".")) {
      out = out.substring(0, out.length() - 1);
    }
    if (annex.isEmpty()) {
      return out;
    }
    if (out.isEmpty()) {
      return annex;
    }
    return japanese ? annex + out : annex + ", " + out;
  }

  private static void appendJapanese(StringBuilder ref, String printed, ClauseKind kind) {
    Matcher item = JA_ITEM.matcher(printed);
    if (item.matches() || DIGITS.matcher(printed).matches()) {
      String number = item.matches() ? item.group(1) : printed;
      ref.append('第').append(number).append(kind == ClauseKind.ITEM ? "号" : "項");
    } else {
      ref.append(printed);
    }
  }

  private static void appendEnglish(StringBuilder ref, String printed, String annex) {
    String bare = printed.endsWith(".") ? printed.substring(0, printed.length() - 1) : printed;
    if (KEYWORD_NUMBER.matcher(printed).matches()) {
      // "Section 2.01" under "ARTICLE II", "§ 2.1" under "§ 2": the sub-clause's own label.
      ref.setLength(0);
      ref.append(bare);
    } else if (DOTTED.matcher(printed).matches()) {
      var m = LEADING_NUMBER.matcher(ref);
      int last = -1;
      int lastEnd = -1;
      while (m.find()) {
        last = m.start();
        lastEnd = m.end();
      }
      String head = ref.substring(Math.max(last, 0), Math.max(lastEnd, 0));
      // "5.0 DATA PROTECTION" numbers its article 5.0 and its paragraphs 5.1, 5.2.
      String article = head.endsWith(".0") ? head.substring(0, head.length() - 1) : head;
      if (last >= 0 && (bare.startsWith(head) || bare.startsWith(article))) {
        ref.replace(last, lastEnd, bare);
      } else {
        ref.append(ref.isEmpty() ? "" : " ").append(bare);
      }
    } else if (ref.isEmpty() && !annex.isEmpty() && DIGITS.matcher(bare).matches()) {
      ref.append("paragraph ").append(bare);
    } else {
      Matcher item = LETTER_ITEM.matcher(printed);
      if (item.matches() && !ref.isEmpty() && ref.charAt(ref.length() - 1) == '.') {
        ref.setLength(ref.length() - 1); // "2." + "(b)" → "2(b)"
      }
      ref.append(item.matches() ? "(" + item.group(1) + ")" : printed);
    }
  }
}
