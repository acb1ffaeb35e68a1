package jp.shinsa.domain.contract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the text fragments of one page into reading order. A page is read as two columns when a
 * vertical gutter near the middle separates fragments that sit side by side on the same baselines;
 * lines that cross the gutter (titles, headers, full-width paragraphs) split the page into bands,
 * and each band is read left column first. Without a gutter, fragments on one baseline are merged
 * into a single line.
 */
public final class ReadingOrder {

  /** Fragments side by side needed before a gap counts as a column gutter. */
  private static final int MIN_SIDE_BY_SIDE = 3;

  public List<SourceLine> order(List<SourceLine> fragments, double pageWidth) {
    List<SourceLine> sorted = new ArrayList<>(fragments);
    sorted.sort(Comparator.comparingDouble(SourceLine::y).thenComparingDouble(SourceLine::x));
    double gutter = findGutter(sorted, pageWidth);
    if (Double.isNaN(gutter)) {
      return mergeBaselines(sorted);
    }
    List<SourceLine> out = new ArrayList<>();
    List<SourceLine> left = new ArrayList<>();
    List<SourceLine> right = new ArrayList<>();
    for (SourceLine f : sorted) {
      if (f.x() < gutter && f.right() > gutter) {
        flush(out, left, right);
        out.add(f);
      } else if (f.right() <= gutter) {
        left.add(f);
      } else {
        right.add(f);
      }
    }
    flush(out, left, right);
    return out;
  }

  private void flush(List<SourceLine> out, List<SourceLine> left, List<SourceLine> right) {
    out.addAll(mergeBaselines(left));
    out.addAll(mergeBaselines(right));
    left.clear();
    right.clear();
  }

  private static double findGutter(List<SourceLine> fragments, double pageWidth) {
    if (fragments.size() < 2 * MIN_SIDE_BY_SIDE
        || pageWidth <= 0
        || sharedBaselines(fragments) < MIN_SIDE_BY_SIDE) {
      return Double.NaN;
    }
    double best = Double.NaN;
    int bestCrossing = Integer.MAX_VALUE;
    for (double x = pageWidth * 0.3; x <= pageWidth * 0.7; x += 2) {
      int crossing = 0;
      for (SourceLine f : fragments) {
        if (f.x() < x && f.right() > x) {
          crossing++;
        }
      }
      if (crossing < bestCrossing && sideBySide(fragments, x) >= MIN_SIDE_BY_SIDE) {
        bestCrossing = crossing;
        best = x;
      }
    }
    if (Double.isNaN(best) || bestCrossing > fragments.size() / 5) {
      return Double.NaN;
    }
    return best;
  }

  /** Fragments (sorted by y) that share a baseline with their predecessor: zero on a plain page. */
  private static int sharedBaselines(List<SourceLine> sortedByY) {
    int shared = 0;
    for (int i = 1; i < sortedByY.size(); i++) {
      if (sameBaseline(sortedByY.get(i - 1), sortedByY.get(i))) {
        shared++;
      }
    }
    return shared;
  }

  /** Count of right-hand fragments that share a baseline with a left-hand fragment. */
  private static int sideBySide(List<SourceLine> fragments, double x) {
    int count = 0;
    for (SourceLine r : fragments) {
      if (r.x() < x) {
        continue;
      }
      for (SourceLine l : fragments) {
        if (l.right() <= x && sameBaseline(l, r)) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  private static boolean sameBaseline(SourceLine a, SourceLine b) {
    double tolerance = Math.max(2, Math.min(a.height(), b.height()) * 0.5);
    return Math.abs(a.bottom() - b.bottom()) <= tolerance;
  }

  private static List<SourceLine> mergeBaselines(List<SourceLine> fragments) {
    List<SourceLine> sorted = new ArrayList<>(fragments);
    sorted.sort(Comparator.comparingDouble(SourceLine::y).thenComparingDouble(SourceLine::x));
    List<SourceLine> out = new ArrayList<>();
    List<SourceLine> current = new ArrayList<>();
    for (SourceLine f : sorted) {
      if (!current.isEmpty() && !sameBaseline(current.get(0), f)) {
        out.add(merge(current));
        current.clear();
      }
      current.add(f);
    }
    if (!current.isEmpty()) {
      out.add(merge(current));
    }
    return out;
  }

  private static SourceLine merge(List<SourceLine> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    parts.sort(Comparator.comparingDouble(SourceLine::x));
    StringBuilder text = new StringBuilder();
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = 0;
    double y1 = 0;
    double font = 0;
    boolean ocr = false;
    for (SourceLine p : parts) {
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(p.text());
      x0 = Math.min(x0, p.x());
      y0 = Math.min(y0, p.y());
      x1 = Math.max(x1, p.right());
      y1 = Math.max(y1, p.bottom());
      font = Math.max(font, p.fontSize());
      ocr |= p.ocr();
    }
    SourceLine first = parts.get(0);
    return new SourceLine(first.page(), text.toString(), x0, y0, x1 - x0, y1 - y0, font, ocr);
  }
}
