package jp.shinsa.domain.contract.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.TextNormaliser;

/**
 * Removes running headers, footers and page numbers. A line in the top or bottom band of a page is
 * dropped when the same text, with digits masked, sits in that band on many pages ("Page 3 of 8"
 * and "Page 4 of 8" are the same line), or when it is nothing but a page number. Left in, they
 * would be glued into clause text wherever a clause crosses a page.
 */
public final class RunningTextFilter {

  /** How many lines at the top and bottom of a page can be running text. */
  private static final int BAND = 2;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^\\s*(?:[-‐]\\s*\\d+\\s*[-‐]|page\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?|p\\.\\s*\\d+"
              + "|\\d+\\s*/\\s*\\d+|\\d+|\\(\\s*\\d+\\s*\\)|\\d+\\s*(?:ページ|頁)|第\\s*\\d+\\s*(?:ページ|頁)"
              + "|[ivxlc]+)\\s*$");

  public List<List<SourceLine>> filter(List<List<SourceLine>> pages) {
    Map<String, Integer> topCounts = new HashMap<>();
    Map<String, Integer> bottomCounts = new HashMap<>();
    for (List<SourceLine> page : pages) {
      for (String key : bandKeys(page, true)) {
        topCounts.merge(key, 1, Integer::sum);
      }
      for (String key : bandKeys(page, false)) {
        bottomCounts.merge(key, 1, Integer::sum);
      }
    }
    int repeatThreshold = Math.max(2, (pages.size() + 1) / 2);
    List<List<SourceLine>> result = new ArrayList<>(pages.size());
    for (List<SourceLine> page : pages) {
      List<SourceLine> kept = new ArrayList<>(page);
      stripBand(kept, true, topCounts, repeatThreshold);
      stripBand(kept, false, bottomCounts, repeatThreshold);
      result.add(kept);
    }
    return result;
  }

  private static void stripBand(
      List<SourceLine> lines, boolean top, Map<String, Integer> counts, int threshold) {
    for (int n = 0; n < BAND && !lines.isEmpty(); n++) {
      int idx = top ? 0 : lines.size() - 1;
      SourceLine line = lines.get(idx);
      String norm = TextNormaliser.normalise(line.text()).strip();
      boolean repeated = counts.getOrDefault(key(line.text()), 0) >= threshold;
      if (norm.isEmpty() || repeated || PAGE_NUMBER.matcher(norm).matches()) {
        lines.remove(idx);
      } else {
        return;
      }
    }
  }

  private static List<String> bandKeys(List<SourceLine> page, boolean top) {
    List<String> keys = new ArrayList<>();
    List<SourceLine> nonBlank = page.stream().filter(l -> !l.text().isBlank()).toList();
    for (int n = 0; n < BAND && n < nonBlank.size(); n++) {
      SourceLine l = top ? nonBlank.get(n) : nonBlank.get(nonBlank.size() - 1 - n);
      keys.add(key(l.text()));
    }
    return keys;
  }

  /** Digits masked and spaces dropped, so per-page numbering does not hide the repetition. */
  static String key(String text) {
    String norm = TextNormaliser.normalise(text);
    StringBuilder sb = new StringBuilder(norm.length());
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (Character.isDigit(c)) {
        if (sb.isEmpty() || sb.charAt(sb.length() - 1) != '#') {
          sb.append('#');
        }
      } else if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
