package jp.shinsa.application.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import org.junit.jupiter.api.Test;

class JudgmentRecordsTest {

  @Test
  void claimedOutcomesSurviveStorageWithTheirSeverityAndReasons() {
    List<ItemJudgment> claimed =
        List.of(
            new ItemJudgment(
                "AUD-01",
                Outcome.SATISFIED,
                Severity.HIGH,
                List.of(new Evidence("第7条", "7", 2, "監査を行うことができる")),
                "R1",
                "audit right granted",
                "監査権あり"),
            new ItemJudgment("IN-USE-02", Outcome.MISSING, null, List.of(), null, null, null));

    List<ItemJudgment> read = JudgmentRecords.fromJson(JudgmentRecords.toJson(claimed));

    assertEquals(2, read.size());
    assertEquals("AUD-01", read.get(0).itemId());
    assertEquals(Outcome.SATISFIED, read.get(0).outcome());
    assertEquals(Severity.HIGH, read.get(0).severity());
    assertEquals("監査権あり", read.get(0).reasonJa());
    assertTrue(read.get(0).evidence().isEmpty(), "only outcomes are kept for the comparison");
    assertEquals(Outcome.MISSING, read.get(1).outcome());
    assertNull(read.get(1).severity());
    assertNull(read.get(1).reason());
  }

  @Test
  void nothingStoredReadsAsNoClaims() {
    assertTrue(JudgmentRecords.fromJson(null).isEmpty());
    assertTrue(JudgmentRecords.fromJson(" ").isEmpty());
  }

  @Test
  void storedFindingEvidenceIsReadBackAsClauseReferencesAndQuotes() {
    List<Evidence> evidence =
        JudgmentRecords.evidence(
            "[{\"clauseRef\":\"Section 5.2\",\"clausePath\":\"5.2\",\"page\":3,"
                + "\"quote\":\"We may use Content to train our models.\"}]");

    assertEquals(
        List.of(new Evidence("Section 5.2", "5.2", 3, "We may use Content to train our models.")),
        evidence);
    assertTrue(JudgmentRecords.evidence(null).isEmpty());
  }
}
