package jp.shinsa.domain.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.crosscheck.OutcomeDifference.Direction;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import org.junit.jupiter.api.Test;

class SelfAssessmentComparisonTest {

  private static ItemJudgment j(String item, Outcome outcome) {
    return new ItemJudgment(item, outcome, Severity.HIGH, List.of(), "R", "r", "r");
  }

  @Test
  void showsWhereTheSupplierClaimsMoreThanThePortalFindsFirst() {
    List<OutcomeDifference> differences =
        SelfAssessmentComparison.compare(
            List.of(
                j("IN-USE-07", Outcome.PARTIAL),
                j("IN-USE-02", Outcome.SATISFIED),
                j("AUD-03", Outcome.MISSING),
                j("GEN-01", Outcome.NOT_APPLICABLE),
                j("OUT-OWN-01", Outcome.SATISFIED),
                j("IN-IDN-01", Outcome.SATISFIED)),
            List.of(
                j("IN-USE-02", Outcome.UNFAVOURABLE),
                j("IN-USE-07", Outcome.SATISFIED),
                j("AUD-03", Outcome.MISSING),
                j("GEN-01", Outcome.MISSING),
                j("OUT-OWN-01", Outcome.SATISFIED),
                j("SEC-03", Outcome.PARTIAL)));

    assertEquals(
        List.of(
            "IN-USE-02 CLAIMED_BETTER",
            "IN-USE-07 CLAIMED_WORSE",
            "GEN-01 APPLICABILITY_DIFFERS",
            "SEC-03 NOT_CLAIMED",
            "IN-IDN-01 NOT_JUDGED"),
        differences.stream().map(d -> d.itemId() + " " + d.direction()).toList());
    assertEquals(Outcome.UNFAVOURABLE, differences.get(0).judged().outcome());
    assertEquals(Outcome.SATISFIED, differences.get(0).claimed().outcome());
  }

  @Test
  void missingIsBetterThanUnfavourableButWorseThanPartial() {
    assertEquals(
        Direction.CLAIMED_BETTER,
        SelfAssessmentComparison.compare(
                List.of(j("A", Outcome.MISSING)), List.of(j("A", Outcome.UNFAVOURABLE)))
            .get(0)
            .direction());
    assertEquals(
        Direction.CLAIMED_WORSE,
        SelfAssessmentComparison.compare(
                List.of(j("A", Outcome.MISSING)), List.of(j("A", Outcome.PARTIAL)))
            .get(0)
            .direction());
  }
}
