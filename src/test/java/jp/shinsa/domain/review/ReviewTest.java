package jp.shinsa.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import jp.shinsa.domain.judgment.Outcome;
import org.junit.jupiter.api.Test;

class ReviewTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final String CLAUSE_8_2 = "乙は、甲データを本サービスの改善のために利用することができる。";

  private static FindingRef finding(Outcome engine, String clauseText) {
    return new FindingRef(
        1L, 10L, 100L, "IN-USE-02", engine, ClauseFingerprint.ofClauseText(clauseText), "8.2");
  }

  @Test
  void anOverrideSurvivesReJudgingWhileTheClauseItWasAboutIsUnchanged() {
    Review review =
        Review.override(
            finding(Outcome.UNFAVOURABLE, CLAUSE_8_2),
            Outcome.PARTIAL,
            "改善は甲の専用環境に限ると別紙で合意済み",
            "officer1",
            NOW);

    ClauseFingerprint sameClauseInVersion2 = ClauseFingerprint.ofClauseText(CLAUSE_8_2);
    assertTrue(review.stillApplies(sameClauseInVersion2, Outcome.UNFAVOURABLE));
    assertTrue(
        review.stillApplies(sameClauseInVersion2, Outcome.MISSING),
        "the engine changing its mind does not undo the officer's correction");
    assertEquals(Outcome.PARTIAL, review.effectiveOutcome(Outcome.UNFAVOURABLE));
    assertTrue(review.isOverride());
  }

  @Test
  void anOverrideLapsesWhenTheClauseWordingChanges() {
    Review review =
        Review.override(
            finding(Outcome.UNFAVOURABLE, CLAUSE_8_2), Outcome.PARTIAL, "理由", "officer1", NOW);

    ClauseFingerprint amended = ClauseFingerprint.ofClauseText("乙は、甲データを本サービスの改善のために利用してはならない。");
    assertFalse(review.stillApplies(amended, Outcome.SATISFIED));
  }

  @Test
  void anOverrideOfAMissingFindingLapsesOnceSomeClauseAddressesThePoint() {
    Review review =
        Review.override(finding(Outcome.MISSING, null), Outcome.PARTIAL, "別契約で手当て", "o", NOW);

    assertTrue(review.stillApplies(ClauseFingerprint.none(), Outcome.MISSING));
    assertFalse(review.stillApplies(ClauseFingerprint.ofClauseText(CLAUSE_8_2), Outcome.PARTIAL));
  }

  @Test
  void aConfirmationAlsoLapsesWhenTheEngineNowSaysSomethingElseAboutTheSameClause() {
    Review review = Review.confirm(finding(Outcome.UNFAVOURABLE, CLAUSE_8_2), "officer1", NOW);
    ClauseFingerprint same = ClauseFingerprint.ofClauseText(CLAUSE_8_2);

    assertTrue(review.stillApplies(same, Outcome.UNFAVOURABLE));
    assertFalse(review.stillApplies(same, Outcome.PARTIAL));
    assertEquals(Outcome.UNFAVOURABLE, review.effectiveOutcome(Outcome.UNFAVOURABLE));
  }

  @Test
  void notApplicableNeedsAReasonAndMakesTheEffectiveOutcomeNotApplicable() {
    assertThrows(
        ReviewException.class,
        () -> Review.notApplicable(finding(Outcome.MISSING, null), " ", "officer1", NOW));

    Review review =
        Review.notApplicable(finding(Outcome.MISSING, null), "学習を行わない契約形態", "officer1", NOW);
    assertEquals(ReviewDecision.NOT_APPLICABLE, review.getDecision());
    assertEquals(Outcome.NOT_APPLICABLE, review.effectiveOutcome(Outcome.MISSING));
  }

  @Test
  void anOverrideNeedsAReasonAndADifferentRealOutcome() {
    FindingRef f = finding(Outcome.UNFAVOURABLE, CLAUSE_8_2);
    ReviewException noReason =
        assertThrows(
            ReviewException.class, () -> Review.override(f, Outcome.PARTIAL, null, "o", NOW));
    assertTrue(noReason.getMessage().contains("reason"));
    assertThrows(
        ReviewException.class, () -> Review.override(f, Outcome.UNFAVOURABLE, "same", "o", NOW));
    assertThrows(
        ReviewException.class,
        () -> Review.override(f, Outcome.NOT_APPLICABLE, "use the other action", "o", NOW));
  }

  @Test
  void theRecordKeepsWhoDecidedWhenAndAboutWhichClause() {
    Review review =
        Review.override(
            finding(Outcome.UNFAVOURABLE, CLAUSE_8_2), Outcome.PARTIAL, " 理由 ", "officer1", NOW);
    assertEquals("officer1", review.getReviewer());
    assertEquals(NOW, review.getReviewedAt());
    assertEquals("理由", review.getReason());
    assertEquals("8.2", review.getClausePath());
    assertEquals(ClauseFingerprint.ofClauseText(CLAUSE_8_2), review.getClauseFingerprint());
    assertEquals(100L, review.getContractVersionId());
  }
}
