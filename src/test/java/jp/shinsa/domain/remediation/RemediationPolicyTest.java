package jp.shinsa.domain.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.remediation.RemediationPolicy.Reaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemediationPolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

  /** The rule; the bundled JSON file is checked against it in the reader's test. */
  private final RemediationPolicy policy =
      new RemediationPolicy(List.of("AUD-", "IN-USE-", "IN-EXT-", "IN-PRC-"), Set.of("PI-04"));

  private static ItemJudgment judged(String itemId, Outcome outcome) {
    return new ItemJudgment(itemId, outcome, Severity.HIGH, List.of(), "rule", "r", "r");
  }

  @ParameterizedTest
  @CsvSource({
    "AUD-03, MISSING, true",
    "AUD-01, PARTIAL, true",
    "PI-04, UNFAVOURABLE, true",
    "IN-USE-02, UNFAVOURABLE, true",
    "IN-EXT-02, PARTIAL, true",
    "IN-PRC-03, MISSING, true",
    "AUD-03, SATISFIED, false",
    "IN-USE-02, NOT_APPLICABLE, false",
    "PI-03, MISSING, false",
    "OUT-LIA-01, UNFAVOURABLE, false",
    "DA-DATA-01, MISSING, false",
    "IN-PRV-02, MISSING, false"
  })
  void gapsInAuditRightsAndInputDataHandlingProposeItemsByThemselves(
      String itemId, Outcome outcome, boolean proposes) {
    assertEquals(proposes, policy.proposesAutomatically(itemId, outcome));
  }

  @Test
  void aGapThatIsAlreadyTrackedIsNotProposedAgain() {
    RemediationItem trainingUse = RemediationItemTest.newItem(); // IN-USE-02
    List<ItemJudgment> judgments =
        List.of(
            judged("IN-USE-02", Outcome.UNFAVOURABLE),
            judged("AUD-03", Outcome.MISSING),
            judged("AUD-01", Outcome.SATISFIED),
            judged("OUT-LIA-01", Outcome.MISSING));

    List<ItemJudgment> proposed = policy.toPropose(judgments, List.of(trainingUse));

    assertEquals(List.of("AUD-03"), proposed.stream().map(ItemJudgment::itemId).toList());
  }

  @Test
  void aSatisfiedNewVersionMarksEveryItemStillWaitingForAFixAsFixed() {
    for (RemediationState s : RemediationState.values()) {
      Reaction expected = s.isInProgress() ? Reaction.MARK_FIXED : Reaction.NONE;
      assertEquals(expected, policy.reactionTo(s, Outcome.SATISFIED), s.name());
    }
  }

  @Test
  void aGapInANewVersionReopensOnlyFixedOrVerifiedItems() {
    for (Outcome gap : RemediationPolicy.GAPS) {
      assertEquals(Reaction.REOPEN, policy.reactionTo(RemediationState.FIXED_IN_VERSION, gap));
      assertEquals(Reaction.REOPEN, policy.reactionTo(RemediationState.VERIFIED, gap));
      assertEquals(Reaction.NONE, policy.reactionTo(RemediationState.WAIVED, gap));
      assertEquals(Reaction.NONE, policy.reactionTo(RemediationState.SENT_TO_VENDOR, gap));
      assertEquals(Reaction.NONE, policy.reactionTo(RemediationState.REOPENED, gap));
    }
    assertEquals(
        Reaction.NONE, policy.reactionTo(RemediationState.VERIFIED, Outcome.NOT_APPLICABLE));
  }

  @Test
  void applyingANewVersionMovesTheItemAndRecordsWhy() {
    RemediationItem item = RemediationItemTest.newItem();
    item.sendToVendor("officer1", NOW, null);

    assertEquals(
        Reaction.MARK_FIXED, policy.applyNewVersion(item, Outcome.SATISFIED, 2, "system", NOW));
    assertEquals(RemediationState.FIXED_IN_VERSION, item.getState());
    assertEquals(2, item.getFixedInVersion());

    assertEquals(Reaction.NONE, policy.applyNewVersion(item, Outcome.SATISFIED, 3, "system", NOW));
    assertEquals(2, item.getFixedInVersion(), "the first version that fixed it stays on record");

    assertEquals(
        Reaction.REOPEN, policy.applyNewVersion(item, Outcome.UNFAVOURABLE, 4, "system", NOW));
    assertEquals(RemediationState.REOPENED, item.getState());
    assertEquals(
        "regression: version 4 judged UNFAVOURABLE",
        item.getHistory().get(item.getHistory().size() - 1).getNote());
  }

  @Test
  void prefixesMatchFromTheStartOfTheItemId() {
    assertTrue(policy.covers("AUD-10"));
    assertFalse(policy.covers("X-AUD-10"));
    assertFalse(policy.covers("PI-040"));
  }
}
