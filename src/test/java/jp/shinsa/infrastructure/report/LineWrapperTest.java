package jp.shinsa.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

  /** Every character one unit wide: widths are character counts. */
  private static List<String> wrap(String text, int width) {
    return LineWrapper.wrap(text, width, s -> s.codePointCount(0, s.length()));
  }

  @Test
  void japaneseWithoutSpacesBreaksBetweenCharacters() {
    assertEquals(List.of("乙は甲デー", "タを利用し", "ない"), wrap("乙は甲データを利用しない", 5));
  }

  @Test
  void closingPunctuationNeverStartsALine() {
    List<String> lines = wrap("乙は甲データを利用する。ただし", 6);
    for (String line : lines) {
      assertTrue(!line.startsWith("。"), lines.toString());
    }
    assertEquals("乙は甲データ", lines.get(0));
    assertEquals("を利用する。", lines.get(1));
  }

  @Test
  void openingBracketsNeverEndALine() {
    List<String> lines = wrap("根拠は「第8条」です", 4);
    for (String line : lines) {
      assertTrue(!line.endsWith("「"), lines.toString());
    }
  }

  @Test
  void englishBreaksAtSpacesAndCutsOnlyWordsLongerThanTheLine() {
    assertEquals(
        List.of("Provider may", "use Customer", "Data."),
        wrap("Provider may use Customer Data.", 12));
    assertEquals(List.of("https://exa", "mple.com/x"), wrap("https://example.com/x", 11));
  }

  @Test
  void mixedTextKeepsLatinWordsWhole() {
    List<String> lines = wrap("乙はCustomer Dataを削除する", 10);
    assertTrue(lines.stream().anyMatch(l -> l.contains("Customer")), lines.toString());
  }

  @Test
  void lineBreaksInTheTextAreKept() {
    assertEquals(List.of("第8条", "「引用」"), wrap("第8条\n「引用」", 20));
  }
}
