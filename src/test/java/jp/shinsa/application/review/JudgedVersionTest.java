package jp.shinsa.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.review.ClauseFingerprint;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import org.junit.jupiter.api.Test;

class JudgedVersionTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();

  private static ItemJudgment judged(String itemId, Evidence... evidence) {
    return new ItemJudgment(
        itemId, Outcome.PARTIAL, Severity.HIGH, List.of(evidence), "R", "reason", "理由");
  }

  @Test
  void judgmentsComeInCatalogueOrderWithTheirHeadingAndItemsTheCatalogueLacksLast() {
    List<ChecklistItem> items = CATALOGUE.items();
    ChecklistItem first = items.get(0);
    ChecklistItem last = items.get(items.size() - 1);
    JudgedVersion v =
        JudgedVersion.of(
            List.of(judged("GONE-01"), judged(last.id()), judged(first.id())),
            CATALOGUE,
            path -> null);

    assertEquals(
        List.of(first.id(), last.id(), "GONE-01"),
        v.findings().stream().map(f -> f.judgment().itemId()).toList());
    JudgedVersion.Judged head = v.findings().get(0);
    assertEquals(first, head.item());
    assertEquals(first.group(), head.groupCode());
    assertEquals(CATALOGUE.group(first.group()).orElseThrow().title(), head.groupTitle());
    JudgedVersion.Judged gone = v.findings().get(2);
    assertNull(gone.item());
    assertEquals("", gone.groupCode());
    assertEquals(new LocalizedText("", ""), gone.groupTitle());
  }

  @Test
  void theFingerprintIsOfTheDecisiveClauseTextAndOfTheQuoteWhenTheClauseIsGone() {
    String id = CATALOGUE.items().get(0).id();
    Evidence decisive = new Evidence("第2条", "2", 1, "乙は入力データを学習に利用しない。");
    Map<String, String> clauses = Map.of("2", "第2条 乙は、入力データを学習に利用しない。ただし書なし。");

    assertEquals(
        ClauseFingerprint.ofClauseText(clauses.get("2")),
        JudgedVersion.of(List.of(judged(id, decisive)), CATALOGUE, clauses::get)
            .findings()
            .get(0)
            .fingerprint());
    assertEquals(
        ClauseFingerprint.ofClauseText(decisive.quote()),
        JudgedVersion.of(List.of(judged(id, decisive)), CATALOGUE, path -> null)
            .findings()
            .get(0)
            .fingerprint());
    assertEquals(
        ClauseFingerprint.none(),
        JudgedVersion.of(List.of(judged(id)), CATALOGUE, clauses::get)
            .findings()
            .get(0)
            .fingerprint());
  }
}
