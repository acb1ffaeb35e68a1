package jp.shinsa.domain.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RemediationItemTest {

  private static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

  static RemediationItem newItem() {
    return RemediationItem.open(
        new RemediationProposal(
            1L,
            2L,
            10L,
            100L,
            "IN-USE-02",
            Outcome.UNFAVOURABLE,
            new LocalizedText("ベンダが入力データを学習に使える。", "The vendor may train on input data."),
            "MC-IN-USE-02",
            new LocalizedText("乙は甲データを学習に利用しない。", "Provider shall not train on Customer Data."),
            Priority.HIGH,
            true),
        "system",
        T0);
  }

  private static Instant t(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  @Test
  void aNewItemIsOpenAndItsHistoryStartsWithItsCreation() {
    RemediationItem item = newItem();
    assertEquals(RemediationState.OPEN, item.getState());
    assertEquals(1, item.getHistory().size());
    RemediationHistoryEntry created = item.getHistory().get(0);
    assertNull(created.getFromState());
    assertEquals(RemediationState.OPEN, created.getToState());
    assertEquals("system", created.getActor());
    assertEquals("MC-IN-USE-02", item.getProposedClauseId());
    assertEquals("Provider shall not train on Customer Data.", item.getProposedClauseText().en());
  }

  @Test
  void theHappyPathWalksFromOpenToVerifiedAndEveryStepIsInTheHistory() {
    RemediationItem item = newItem();
    item.sendToVendor("officer1", t(1), "please amend 8.2");
    item.proposeWording("vendor1", "ベンダ株式会社", t(2), "修正案です", "乙は甲データを学習に利用しない。");
    item.agree("officer1", t(3), null);
    item.verify("officer1", t(4), "signed version 2 has it");

    assertEquals(RemediationState.VERIFIED, item.getState());
    assertTrue(item.getState().isClosed());
    List<RemediationHistoryEntry> h = item.getHistory();
    assertEquals(5, h.size());
    assertEquals(
        List.of(
            RemediationState.OPEN,
            RemediationState.SENT_TO_VENDOR,
            RemediationState.VENDOR_PROPOSED,
            RemediationState.AGREED,
            RemediationState.VERIFIED),
        h.stream().map(RemediationHistoryEntry::getToState).toList());
    assertEquals(RemediationState.AGREED, h.get(4).getFromState());
    assertEquals("vendor1", h.get(2).getActor());
    assertEquals(t(2), h.get(2).getAt());
    assertEquals("officer1", item.getLastChangedBy());
    assertEquals(1, item.getComments().size());
    assertTrue(item.getComments().get(0).hasProposedWording());
  }

  @Test
  void theBuyerCanSendAVendorProposalBackButOnlyWithAReason() {
    RemediationItem item = newItem();
    item.sendToVendor("officer1", t(1), null);
    item.proposeWording("vendor1", "V社", t(2), "案", "wording");
    assertThrows(RemediationException.class, () -> item.returnToVendor("officer1", t(3), ""));
    item.returnToVendor("officer1", t(3), "削除期限がない");
    assertEquals(RemediationState.SENT_TO_VENDOR, item.getState());
    assertEquals("削除期限がない", item.getHistory().get(3).getNote());
  }

  @Test
  void aNewVersionThatSatisfiesTheItemMarksItFixedAndTheOfficerVerifiesIt() {
    RemediationItem item = newItem();
    item.sendToVendor("officer1", t(1), null);
    item.markFixedInVersion(2, "system", t(2));

    assertEquals(RemediationState.FIXED_IN_VERSION, item.getState());
    assertEquals(2, item.getFixedInVersion());
    assertEquals("fixed in version 2 — verify", item.getHistory().get(2).getNote());
    item.verify("officer1", t(3), null);
    assertEquals(RemediationState.VERIFIED, item.getState());
  }

  @Test
  void aWaiverNeedsAJustificationAndAnApproverOtherThanTheRequester() {
    RemediationItem item = newItem();
    RemediationException noJustification =
        assertThrows(RemediationException.class, () -> item.waive("officer1", "chief", " ", t(1)));
    assertTrue(noJustification.getMessage().contains("justification"));
    assertThrows(RemediationException.class, () -> item.waive("officer1", null, "why", t(1)));
    RemediationException sameperson =
        assertThrows(
            RemediationException.class, () -> item.waive("officer1", "OFFICER1", "why", t(1)));
    assertTrue(sameperson.getMessage().contains("someone other"));
    assertEquals(RemediationState.OPEN, item.getState());
    assertEquals(1, item.getHistory().size(), "refused actions leave no trace in the history");

    item.waive("officer1", "chief", "低リスクの試行利用に限る", t(1));
    assertEquals(RemediationState.WAIVED, item.getState());
    assertEquals("chief", item.getWaiverApprover());
    assertEquals("officer1", item.getWaiverRequestedBy());
    assertEquals("低リスクの試行利用に限る", item.getWaiverJustification());
    assertTrue(item.getHistory().get(1).getNote().contains("chief"));
  }

  @Test
  void waivedVerifiedAndFixedItemsCanBeReopenedWithAReason() {
    RemediationItem waived = newItem();
    waived.waive("officer1", "chief", "why", t(1));
    assertThrows(RemediationException.class, () -> waived.reopen("officer2", t(2), null));
    waived.reopen("officer2", t(2), "本格導入に切り替わった");
    assertEquals(RemediationState.REOPENED, waived.getState());

    RemediationItem fixed = newItem();
    fixed.markFixedInVersion(3, "system", t(1));
    fixed.reopen("officer1", t(2), "版3の条項は別紙に依存");
    assertEquals(RemediationState.REOPENED, fixed.getState());
    assertNull(fixed.getFixedInVersion());

    fixed.sendToVendor("officer1", t(3), null);
    assertEquals(RemediationState.SENT_TO_VENDOR, fixed.getState());
  }

  @Test
  void aRegressionReopensAVerifiedItemAndSaysWhichVersionBroughtTheGapBack() {
    RemediationItem item = newItem();
    item.markFixedInVersion(2, "system", t(1));
    item.verify("officer1", t(2), null);
    item.reopenOnRegression(3, Outcome.PARTIAL, "system", t(3));
    assertEquals(RemediationState.REOPENED, item.getState());
    assertEquals("regression: version 3 judged PARTIAL", item.getHistory().get(3).getNote());
  }

  @Test
  void illegalTransitionsAreRefusedWithAMessageNamingBothStatesAndTheAllowedOnes() {
    RemediationItem item = newItem();
    IllegalTransitionException e =
        assertThrows(IllegalTransitionException.class, () -> item.verify("o", t(1), null));
    assertEquals(RemediationState.OPEN, e.from());
    assertEquals(RemediationState.VERIFIED, e.to());
    assertTrue(e.getMessage().contains("IN-USE-02"), e.getMessage());
    assertTrue(e.getMessage().contains("from OPEN to VERIFIED"), e.getMessage());
    assertTrue(e.getMessage().contains("SENT_TO_VENDOR"), e.getMessage());

    assertThrows(IllegalTransitionException.class, () -> item.agree("o", t(1), null));
    assertThrows(
        IllegalTransitionException.class, () -> item.proposeWording("v", "V", t(1), "m", "w"));
    assertThrows(IllegalTransitionException.class, () -> item.reopen("o", t(1), "why"));
    assertThrows(IllegalTransitionException.class, () -> item.returnToVendor("o", t(1), "why"));
    assertEquals(1, item.getHistory().size());
    assertEquals(0, item.getComments().size(), "a refused proposal leaves no comment behind");
  }

  @Test
  void closedItemsCannotBeWorkedOnUntilReopened() {
    RemediationItem item = newItem();
    item.waive("officer1", "chief", "why", t(1));
    assertThrows(IllegalTransitionException.class, () -> item.sendToVendor("o", t(2), null));
    assertThrows(IllegalTransitionException.class, () -> item.waive("o", "c", "again", t(2)));
    assertThrows(IllegalTransitionException.class, () -> item.markFixedInVersion(2, "s", t(2)));
    assertThrows(IllegalTransitionException.class, () -> item.verify("o", t(2), null));
  }

  /** The whole transition table, so that a change to it shows up here as a deliberate edit. */
  @ParameterizedTest
  @EnumSource(RemediationState.class)
  void theTransitionTableIsExactlyTheDocumentedWorkflow(RemediationState from) {
    Set<RemediationState> expected =
        switch (from) {
          case OPEN, REOPENED ->
              EnumSet.of(
                  RemediationState.SENT_TO_VENDOR,
                  RemediationState.FIXED_IN_VERSION,
                  RemediationState.WAIVED);
          case SENT_TO_VENDOR ->
              EnumSet.of(
                  RemediationState.VENDOR_PROPOSED,
                  RemediationState.FIXED_IN_VERSION,
                  RemediationState.WAIVED);
          case VENDOR_PROPOSED ->
              EnumSet.of(
                  RemediationState.AGREED,
                  RemediationState.SENT_TO_VENDOR,
                  RemediationState.FIXED_IN_VERSION,
                  RemediationState.WAIVED);
          case AGREED ->
              EnumSet.of(
                  RemediationState.VERIFIED,
                  RemediationState.FIXED_IN_VERSION,
                  RemediationState.WAIVED);
          case FIXED_IN_VERSION -> EnumSet.of(RemediationState.VERIFIED, RemediationState.REOPENED);
          case VERIFIED, WAIVED -> EnumSet.of(RemediationState.REOPENED);
        };
    assertEquals(expected, from.next());
  }

  @Test
  void planEditsAreRecordedAsHistoryEntriesWithoutAStateChange() {
    RemediationItem item = newItem();
    item.plan(
        "officer1",
        "legal@vendor.example",
        LocalDate.of(2026, 12, 15),
        Priority.MEDIUM,
        "chief",
        t(1));
    item.plan("officer1", "legal@vendor.example", LocalDate.of(2026, 12, 15), null, "chief", t(2));

    assertEquals(2, item.getHistory().size(), "an edit that changes nothing is not recorded");
    RemediationHistoryEntry edit = item.getHistory().get(1);
    assertFalse(edit.isTransition());
    assertTrue(edit.getNote().contains("owner: officer1"));
    assertTrue(edit.getNote().contains("due date: 2026-12-15"));
    assertEquals(Priority.MEDIUM, item.getPriority());
    assertEquals("chief", item.getLastChangedBy());
  }

  @Test
  void anItemIsOverdueOnlyWhileItStillWaitsForAFix() {
    RemediationItem item = newItem();
    item.plan("o", null, LocalDate.of(2026, 12, 1), null, "o", t(1));
    assertFalse(item.isOverdue(LocalDate.of(2026, 12, 1)));
    assertTrue(item.isOverdue(LocalDate.of(2026, 12, 2)));
    item.markFixedInVersion(2, "system", t(2));
    assertFalse(item.isOverdue(LocalDate.of(2026, 12, 2)));
  }

  @Test
  void aSatisfiedFindingCannotOpenAnItem() {
    RemediationProposal satisfied =
        new RemediationProposal(
            1L,
            null,
            10L,
            100L,
            "AUD-01",
            Outcome.SATISFIED,
            new LocalizedText("x", "x"),
            null,
            null,
            null,
            false);
    assertThrows(RemediationException.class, () -> RemediationItem.open(satisfied, "o", T0));
  }

  @Test
  void commentsFormAThreadInOrderWithAuthorAndOrganisation() {
    RemediationItem item = newItem();
    item.comment("officer1", "デジタル庁", t(1), "第8条2項の修正をお願いします", null);
    item.comment("vendor1", "ベンダ株式会社", t(2), "検討します", "乙は…利用しない。");
    assertEquals(2, item.getComments().size());
    assertEquals("officer1", item.getComments().get(0).getAuthor());
    assertEquals("ベンダ株式会社", item.getComments().get(1).getAuthorOrganisation());
    assertEquals(2, item.getComments().get(1).getPosition());
    assertEquals(RemediationState.OPEN, item.getState());
    assertThrows(RemediationException.class, () -> item.comment("v", "V", t(3), " ", null));
  }
}
