package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.item;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseReferenceTest {

  @Test
  void japaneseParagraphAndItemNumbersBecomeKouAndGou() {
    assertEquals(
        "第8条第2項第3号",
        ClauseReference.of(
            List.of(
                article("第8条", "8", null, ""), paragraph("2", "8.2", ""), item("3", "8.2.3", ""))));
    assertEquals(
        "第8条第2項第1号",
        ClauseReference.of(
            List.of(
                article("第8条", "8", null, ""),
                paragraph("2", "8.2", ""),
                item("(1)", "8.2.1", ""))));
  }

  @Test
  void englishDottedNumbersReplaceTheSectionNumber() {
    assertEquals(
        "Section 8.2(a)",
        ClauseReference.of(
            List.of(
                article("Section 8", "8", null, ""),
                paragraph("8.2", "8.2", ""),
                item("(a)", "8.2.1", ""))));
    assertEquals(
        "Article 5(2)",
        ClauseReference.of(
            List.of(article("Article 5", "5", null, ""), paragraph("2", "5.2", ""))));
  }
}
