package jp.shinsa.infrastructure.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PDFBox's removal of overprinted duplicates (a glyph drawn again at nearly the same spot, as bold
 * is faked by some producers), with the same answers: a glyph is dropped when the same text was
 * already kept on the page at an x in {@code [x - t, x + t)} and a y in {@code [y - t, y + t)},
 * both compared as {@link Float#compare} orders floats, where {@code t} is a third of the glyph's
 * width per character. PDFTextStripper keeps the kept positions in nested sorted maps and builds
 * two sub-views per glyph; most of a page's glyphs have no neighbour of the same text on their
 * line, so rows of the page hashed by y answer the same question with a few comparisons.
 */
final class OverprintFilter {

  /** Height of a row bucket in points: about one line of body text. */
  private static final float ROW = 8f;

  /** Ranges spanning more rows than this are answered by scanning every kept glyph of the text. */
  private static final int MAX_ROWS_PROBED = 8;

  private final Map<String, Kept> byText = new HashMap<>();

  /** Forgets the page's glyphs (PDFBox compares glyphs within one page only). */
  void clear() {
    byText.clear();
  }

  /**
   * Whether the glyph repeats one already kept; when not, it is kept. Throws as PDFBox's sorted
   * maps do when a range is reversed (a negative or infinite width), so that such a page fails the
   * same way.
   */
  boolean duplicate(String text, float x, float y, float width) {
    Kept kept = byText.computeIfAbsent(text, t -> new Kept());
    float tolerance = width / text.length() / 3.0f;
    float x0 = x - tolerance;
    float x1 = x + tolerance;
    float y0 = y - tolerance;
    float y1 = y + tolerance;
    if (Float.compare(x0, x1) > 0) {
      throw new IllegalArgumentException("fromKey > toKey");
    }
    if (Float.compare(y0, y1) > 0 && kept.anyX(x0, x1)) {
      throw new IllegalArgumentException("fromKey > toKey");
    }
    if (kept.size > 0 && kept.any(x0, x1, y0, y1)) {
      return true;
    }
    kept.add(x, y);
    return false;
  }

  private static boolean within(float v, float from, float to) {
    return Float.compare(v, from) >= 0 && Float.compare(v, to) < 0;
  }

  private static int row(float y) {
    return (int) Math.floor(y / ROW);
  }

  /** The kept glyphs of one text: by row when y is finite, else in a list scanned every time. */
  private static final class Kept {
    final Map<Integer, Points> rows = new HashMap<>();
    final Points odd = new Points();
    final List<Points> all = new ArrayList<>();
    int size;

    Kept() {
      all.add(odd);
    }

    void add(float x, float y) {
      Points p;
      if (Float.isFinite(y) && Math.abs(y) < 1e9f) {
        p = rows.get(row(y));
        if (p == null) {
          p = new Points();
          rows.put(row(y), p);
          all.add(p);
        }
      } else {
        p = odd;
      }
      p.add(x, y);
      size++;
    }

    boolean anyX(float x0, float x1) {
      for (Points p : all) {
        for (int i = 0; i < p.size; i++) {
          if (within(p.xs[i], x0, x1)) {
            return true;
          }
        }
      }
      return false;
    }

    boolean any(float x0, float x1, float y0, float y1) {
      boolean bounded =
          Float.isFinite(y0) && Float.isFinite(y1) && Math.abs(y0) < 1e9f && Math.abs(y1) < 1e9f;
      if (!bounded || row(y1) - row(y0) >= MAX_ROWS_PROBED) {
        for (Points p : all) {
          if (p.any(x0, x1, y0, y1)) {
            return true;
          }
        }
        return false;
      }
      if (odd.any(x0, x1, y0, y1)) {
        return true;
      }
      for (int r = row(y0); r <= row(y1); r++) {
        Points p = rows.get(r);
        if (p != null && p.any(x0, x1, y0, y1)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Points {
    float[] xs = new float[4];
    float[] ys = new float[4];
    int size;

    void add(float x, float y) {
      if (size == xs.length) {
        xs = java.util.Arrays.copyOf(xs, size * 2);
        ys = java.util.Arrays.copyOf(ys, size * 2);
      }
      xs[size] = x;
      ys[size] = y;
      size++;
    }

    boolean any(float x0, float x1, float y0, float y1) {
      for (int i = 0; i < size; i++) {
        if (within(xs[i], x0, x1) && within(ys[i], y0, y1)) {
          return true;
        }
      }
      return false;
    }
  }
}
