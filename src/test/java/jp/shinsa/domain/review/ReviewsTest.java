package jp.shinsa.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import org.junit.jupiter.api.Test;

class ReviewsTest {

  private static final String CLAUSE_A = "乙は、甲データを学習に利用することができる。";
  private static final String CLAUSE_B = "乙は、甲データを学習に利用しない。ただし、甲の承諾がある場合を除く。";
  private static final Instant T1 = Instant.parse("2026-11-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-10T00:00:00Z");

  private static FindingRef ref(Outcome engine, String clause) {
    return new FindingRef(
        1L, 10L, 100L, "IN-USE-02", engine, ClauseFingerprint.ofClauseText(clause), "8.2");
  }

  @Test
  void theLatestReviewOfTheItemDecidesTheEffectiveOutcome() {
    Review first =
        Review.override(ref(Outcome.UNFAVOURABLE, CLAUSE_A), Outcome.PARTIAL, "r1", "o1", T1);
    Review second = Review.confirm(ref(Outcome.UNFAVOURABLE, CLAUSE_A), "o2", T2);
    ClauseFingerprint a = ClauseFingerprint.ofClauseText(CLAUSE_A);

    assertEquals(
        Outcome.UNFAVOURABLE,
        Reviews.effectiveOutcome(List.of(second, first), "IN-USE-02", a, Outcome.UNFAVOURABLE));
    assertEquals(
        Outcome.PARTIAL,
        Reviews.effectiveOutcome(List.of(first), "IN-USE-02", a, Outcome.UNFAVOURABLE));
  }

  @Test
  void aLapsedLatestReviewLeavesTheEngineOutcomeEvenIfAnOlderReviewWouldMatch() {
    Review onA =
        Review.override(ref(Outcome.UNFAVOURABLE, CLAUSE_A), Outcome.PARTIAL, "r1", "o1", T1);
    Review onB = Review.override(ref(Outcome.PARTIAL, CLAUSE_B), Outcome.SATISFIED, "r2", "o1", T2);
    ClauseFingerprint backToA = ClauseFingerprint.ofClauseText(CLAUSE_A);

    assertTrue(
        Reviews.applicable(List.of(onA, onB), "IN-USE-02", backToA, Outcome.UNFAVOURABLE)
            .isEmpty());
    assertEquals(
        Outcome.UNFAVOURABLE,
        Reviews.effectiveOutcome(List.of(onA, onB), "IN-USE-02", backToA, Outcome.UNFAVOURABLE));
  }

  @Test
  void reviewsOfOtherItemsDoNotCount() {
    Review other =
        Review.notApplicable(
            new FindingRef(1L, 10L, 100L, "AUD-03", Outcome.MISSING, null, null), "n/a", "o1", T1);
    assertEquals(
        Outcome.MISSING,
        Reviews.effectiveOutcome(
            List.of(other), "IN-USE-02", ClauseFingerprint.none(), Outcome.MISSING));
  }

  @Test
  void aFindingIsFingerprintedByItsDecisiveClauseTextOrItsQuoteOrNone() {
    ItemJudgment withEvidence =
        new ItemJudgment(
            "IN-USE-02",
            Outcome.UNFAVOURABLE,
            Severity.HIGH,
            List.of(new Evidence("第8条第2項", "8.2", 3, "学習に利用することができる。")),
            "R",
            "r",
            "r");
    assertEquals(
        ClauseFingerprint.ofClauseText(CLAUSE_A),
        ClauseFingerprint.ofFinding(withEvidence, Map.of("8.2", CLAUSE_A)::get));
    assertEquals(
        ClauseFingerprint.ofClauseText("学習に利用することができる。"),
        ClauseFingerprint.ofFinding(withEvidence, path -> null));
    ItemJudgment missing =
        new ItemJudgment("AUD-03", Outcome.MISSING, Severity.HIGH, List.of(), "R", "r", "r");
    assertEquals(ClauseFingerprint.none(), ClauseFingerprint.ofFinding(missing, path -> null));
  }
}
