package jp.shinsa.domain.contract.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.TextNormaliser;

/**
 * Removes running headers, footers and page numbers. A line in the top or bottom band of a page is
 * dropped when the same text, with digits masked, sits in that band on many pages ("Page 3 of 8"
 * and "Page 4 of 8" are the same line), or when it is nothing but a page number. Left in, they
 * would be glued into clause text wherever a clause crosses a page.
 */
public final class RunningTextFilter {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,6}");

  /** How many lines at the top and bottom of a page can be running text. */
  private static final int BAND = 2;

  /**
   * A line that is nothing but a page number. The dashes around "- 3 -" come in every width a font
   * or an OCR engine offers (en/em dash, minus sign, the katakana prolonged sound mark ー that OCR
   * reads for a Japanese dash), so that a footer read differently on one page still goes.
   */
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)^\\s*(?:[-‐‑‒–—―−ー~〜]\\s*\\d+\\s*[-‐‑‒–—―−ー~〜]|page\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?|p\\.\\s*\\d+"
              + "|\\d+\\s*/\\s*\\d+|\\d+|\\(\\s*\\d+\\s*\\)|\\d+\\s*(?:ページ|頁)|第\\s*\\d+\\s*(?:ページ|頁)"
              + "|[ivxlc]+)\\s*$");

  public List<List<SourceLine>> filter(List<List<SourceLine>> pages) {
    Map<String, List<Occurrence>> top = new HashMap<>();
    Map<String, List<Occurrence>> bottom = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (SourceLine l : band(pages.get(p), true)) {
        top.computeIfAbsent(key(l.text()), k -> new ArrayList<>()).add(new Occurrence(p, l.text()));
      }
      for (SourceLine l : band(pages.get(p), false)) {
        bottom
            .computeIfAbsent(key(l.text()), k -> new ArrayList<>())
            .add(new Occurrence(p, l.text()));
      }
    }
    int threshold = Math.max(2, (pages.size() + 1) / 2);
    Set<String> runningTop = running(top, threshold);
    Set<String> runningBottom = running(bottom, threshold);
    List<List<SourceLine>> result = new ArrayList<>(pages.size());
    for (List<SourceLine> page : pages) {
      List<SourceLine> kept = new ArrayList<>(page);
      stripBand(kept, true, runningTop);
      stripBand(kept, false, runningBottom);
      result.add(kept);
    }
    return result;
  }

  /** One sighting of a band line. */
  private record Occurrence(int pageIndex, String text) {}

  /**
   * A masked line is running text when it repeats on enough pages and is either the same everywhere
   * or carries a number that moves in step with the page ("Page 3", "Page 4"...). The second test
   * keeps body lines that merely look alike once digits are masked.
   */
  private static Set<String> running(Map<String, List<Occurrence>> sightings, int threshold) {
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, List<Occurrence>> e : sightings.entrySet()) {
      List<Occurrence> list = e.getValue();
      if (list.stream().map(Occurrence::pageIndex).distinct().count() < threshold) {
        continue;
      }
      boolean identical = list.stream().map(o -> o.text().strip()).distinct().count() == 1;
      Set<Integer> offsets = new HashSet<>();
      for (Occurrence o : list) {
        Matcher m = DIGITS.matcher(TextNormaliser.normalise(o.text()));
        offsets.add(m.find() ? Integer.parseInt(m.group()) - o.pageIndex() : Integer.MIN_VALUE);
      }
      if (identical || (offsets.size() == 1 && !offsets.contains(Integer.MIN_VALUE))) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static void stripBand(List<SourceLine> lines, boolean top, Set<String> running) {
    for (int n = 0; n < BAND && !lines.isEmpty(); n++) {
      int idx = top ? 0 : lines.size() - 1;
      SourceLine line = lines.get(idx);
      String norm = TextNormaliser.normalise(line.text()).strip();
      if (norm.isEmpty()
          || running.contains(key(line.text()))
          || PAGE_NUMBER.matcher(norm).matches()) {
        lines.remove(idx);
        if (norm.isEmpty()) {
          n--;
        }
      } else {
        return;
      }
    }
  }

  private static List<SourceLine> band(List<SourceLine> page, boolean top) {
    List<SourceLine> nonBlank = page.stream().filter(l -> !l.text().isBlank()).toList();
    List<SourceLine> out = new ArrayList<>();
    for (int n = 0; n < BAND && n < nonBlank.size(); n++) {
      out.add(top ? nonBlank.get(n) : nonBlank.get(nonBlank.size() - 1 - n));
    }
    return out;
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
