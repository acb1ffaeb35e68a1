package jp.shinsa.domain.contract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningTextFilterTest {

  private static List<List<SourceLine>> pages(int count, String header, String footerPattern) {
    List<List<SourceLine>> pages = new ArrayList<>();
    for (int p = 1; p <= count; p++) {
      List<SourceLine> lines = new ArrayList<>();
      if (header != null) {
        lines.add(SourceLine.plain(p, header));
      }
      lines.add(SourceLine.plain(p, "第" + (2 * p - 1) + "条（条項" + (2 * p - 1) + "）"));
      lines.add(SourceLine.plain(p, "本文" + (3 * p) + "。"));
      if (footerPattern != null) {
        lines.add(
            SourceLine.plain(
                p,
                footerPattern.replace("N", String.valueOf(p)).replace("T", String.valueOf(count))));
      }
      pages.add(lines);
    }
    return pages;
  }

  private static List<String> texts(List<List<SourceLine>> pages) {
    return pages.stream().flatMap(List::stream).map(SourceLine::text).toList();
  }

  @Test
  void repeatedHeadersAndNumberedFootersAreRemoved() {
    for (String footer : List.of("- N -", "Page N of T", "N/T", "－ N －", "Confidential — page N")) {
      List<String> kept = texts(new RunningTextFilter().filter(pages(4, "業務委託契約書（案）", footer)));
      assertEquals(8, kept.size(), footer + " -> " + kept);
      assertEquals("第1条（条項1）", kept.get(0));
    }
  }

  @Test
  void aLonePageNumberIsRemovedEvenOnASinglePage() {
    List<String> kept = texts(new RunningTextFilter().filter(pages(1, null, "1")));
    assertEquals(List.of("第1条（条項1）", "本文3。"), kept);
  }

  @Test
  void aLonePageNumberBetweenAnyKindOfDashIsRemoved() {
    for (String footer : List.of("– 2 –", "— 2 —", "−2−", "ー2ー", "〜 2 〜")) {
      List<String> kept = texts(new RunningTextFilter().filter(pages(1, null, footer)));
      assertEquals(List.of("第1条（条項1）", "本文3。"), kept, footer);
    }
  }

  @Test
  void textThatDoesNotRepeatStays() {
    List<List<SourceLine>> pages = pages(3, null, null);
    pages.get(0).add(0, SourceLine.plain(1, "業務委託契約書"));
    List<String> kept = texts(new RunningTextFilter().filter(pages));
    assertEquals("業務委託契約書", kept.get(0));
    assertEquals(7, kept.size());
  }
}
