package jp.shinsa.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shinsa.domain.judgment.Evidence;
import org.junit.jupiter.api.Test;

class StoredFindingsTest {

  @Test
  void evidenceStoredByTheAnalysisReadsBackWithBlankFieldsAsAbsent() {
    List<Evidence> evidence =
        StoredFindings.evidence(
            "[{\"clauseRef\":\"第2条第2項\",\"clausePath\":\"2.2\",\"page\":1,"
                + "\"quote\":\"乙は、入力データを学習に利用できる。\"},"
                + "{\"clauseRef\":\"\",\"clausePath\":\"\",\"page\":0,\"quote\":\"\"}]");
    assertEquals(2, evidence.size());
    assertEquals(new Evidence("第2条第2項", "2.2", 1, "乙は、入力データを学習に利用できる。"), evidence.get(0));
    assertNull(evidence.get(1).clausePath(), "a blank path must not fingerprint as a clause");
  }

  @Test
  void aFindingWithoutEvidenceHasNone() {
    assertTrue(StoredFindings.evidence(null).isEmpty());
    assertTrue(StoredFindings.evidence("[]").isEmpty());
  }
}
