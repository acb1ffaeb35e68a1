package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts references to other clauses ("第5条、第6条及び第13条", "第8条第2項", "Sections 4.2, 4.3 and 11") as
 * normalised paths ("5", "8.2", "4.2"), so that a survival or incorporation clause can be judged by
 * what the clauses it names say (METI note §9.1: check the survival list, not only the usage
 * clause).
 */
public final class CrossReferences {

  private static final Pattern JA = Pattern.compile("第([0-9]+)条(?:第([0-9]+)項)?");
  private static final Pattern EN_LIST =
      Pattern.compile(
          "\\b(?:Sections?|Clauses?|Articles?|Paragraphs?)\\s+((?:[0-9]+(?:\\.[0-9]+)*(?:\\([a-z0-9]+\\))?"
              + "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+or\\s+|\\s+to\\s+)?)+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EN_NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)*");

  private CrossReferences() {}

  public static List<String> paths(String text) {
    List<String> out = new ArrayList<>();
    Matcher ja = JA.matcher(text);
    while (ja.find()) {
      out.add(ja.group(2) == null ? ja.group(1) : ja.group(1) + "." + ja.group(2));
    }
    Matcher en = EN_LIST.matcher(text);
    while (en.find()) {
      Matcher n = EN_NUMBER.matcher(en.group(1));
      while (n.find()) {
        out.add(n.group());
      }
    }
    return out;
  }
}
