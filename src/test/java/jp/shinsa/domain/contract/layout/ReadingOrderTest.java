package jp.shinsa.domain.contract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {

  private static SourceLine frag(double x, double y, double w, String text) {
    return new SourceLine(1, text, x, y, w, 10, 10, false);
  }

  @Test
  void twoColumnsAreReadLeftColumnFirstBelowAFullWidthTitle() {
    List<SourceLine> in = new ArrayList<>();
    in.add(frag(60, 40, 470, "AGREEMENT TITLE SPANNING BOTH COLUMNS"));
    for (int i = 0; i < 5; i++) {
      in.add(frag(310, 80 + 20 * i, 220, "R" + i));
      in.add(frag(60, 80 + 20 * i, 220, "L" + i));
    }
    List<String> out = new ReadingOrder().order(in, 595).stream().map(SourceLine::text).toList();
    assertEquals(
        List.of(
            "AGREEMENT TITLE SPANNING BOTH COLUMNS",
            "L0",
            "L1",
            "L2",
            "L3",
            "L4",
            "R0",
            "R1",
            "R2",
            "R3",
            "R4"),
        out);
  }

  @Test
  void singleColumnFragmentsOnOneBaselineMerge() {
    List<SourceLine> in =
        List.of(frag(60, 40, 100, "甲"), frag(300, 40, 150, "株式会社シンサAI"), frag(60, 60, 470, "本文"));
    List<String> out = new ReadingOrder().order(in, 595).stream().map(SourceLine::text).toList();
    assertEquals(List.of("甲 株式会社シンサAI", "本文"), out);
  }
}
