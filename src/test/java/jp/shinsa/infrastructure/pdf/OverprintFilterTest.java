package jp.shinsa.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OverprintFilterTest {

  @Test
  void aGlyphDrawnAgainAtNearlyTheSameSpotIsADuplicate() {
    OverprintFilter f = new OverprintFilter();
    assertFalse(f.duplicate("契", 100f, 200f, 10.5f));
    assertTrue(f.duplicate("契", 100.5f, 200.3f, 10.5f));
    assertFalse(f.duplicate("約", 100.5f, 200.3f, 10.5f), "another character is not a duplicate");
    assertFalse(f.duplicate("契", 110f, 200f, 10.5f), "the next cell of the line is not");
    assertFalse(f.duplicate("契", 100f, 214f, 10.5f), "nor the same spot one line down");
  }

  @Test
  void theRangesIncludeTheirLowerBoundOnly() {
    OverprintFilter f = new OverprintFilter();
    f.duplicate("a", 10f, 10f, 3f);
    assertTrue(f.duplicate("a", 11f, 9.0001f, 3f));
    assertFalse(f.duplicate("a", 9f, 10f, 3f), "10 is the exclusive upper bound of [8, 10)");
  }

  @Test
  void aPageForgetsTheGlyphsOfThePageBefore() {
    OverprintFilter f = new OverprintFilter();
    f.duplicate("a", 10f, 10f, 6f);
    f.clear();
    assertFalse(f.duplicate("a", 10f, 10f, 6f));
  }

  @Test
  void aReversedRangeFailsAsPdfBoxDoes() {
    OverprintFilter f = new OverprintFilter();
    assertThrows(IllegalArgumentException.class, () -> f.duplicate("a", 10f, 10f, -6f));
  }

  /** Random glyphs, odd values included, answered as PDFTextStripper's nested sorted maps do. */
  @Test
  void answersAsPdfBoxsSortedMapsDo() {
    float[] odd = {
      Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, -0.0f, 0.0f, 1e12f, -1e12f
    };
    Random random = new Random(4);
    for (int page = 0; page < 200; page++) {
      OverprintFilter filter = new OverprintFilter();
      Map<String, TreeMap<Float, TreeSet<Float>>> reference = new HashMap<>();
      for (int g = 0; g < 300; g++) {
        String text = String.valueOf((char) ('a' + random.nextInt(3)));
        float x = random.nextInt(20) == 0 ? odd[random.nextInt(odd.length)] : grid(random, 600);
        float y = random.nextInt(20) == 0 ? odd[random.nextInt(odd.length)] : grid(random, 800);
        float w = random.nextInt(30) == 0 ? odd[random.nextInt(odd.length)] : grid(random, 12);
        Object expected = outcome(() -> referenceDuplicate(reference, text, x, y, w));
        Object actual = outcome(() -> filter.duplicate(text, x, y, w));
        assertEquals(expected, actual, text + " " + x + " " + y + " " + w);
      }
    }
  }

  private static float grid(Random random, int extent) {
    // Coarse positions, so that repeats within the tolerance are common.
    return random.nextInt(extent * 2) / 2f + (random.nextBoolean() ? 0 : 0.3f);
  }

  private static Object outcome(java.util.function.BooleanSupplier s) {
    try {
      return s.getAsBoolean();
    } catch (IllegalArgumentException e) {
      return "IAE";
    }
  }

  private static boolean referenceDuplicate(
      Map<String, TreeMap<Float, TreeSet<Float>>> mapping, String text, float x, float y, float w) {
    TreeMap<Float, TreeSet<Float>> same = mapping.computeIfAbsent(text, k -> new TreeMap<>());
    float tolerance = w / text.length() / 3.0f;
    for (TreeSet<Float> ys : same.subMap(x - tolerance, x + tolerance).values()) {
      if (!ys.subSet(y - tolerance, y + tolerance).isEmpty()) {
        return true;
      }
    }
    same.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
    return false;
  }
}
