package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.JUDGE;
import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.catalogue;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.jaTwoParagraphs;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;
import org.junit.jupiter.api.Test;

/**
 * A protection read only by the generic table ("the vendor has a duty on the topic") satisfies the
 * item only when it states the elements the item's detection data lists under {@code complete}
 * (METI reference §5.3–5.4 "Check:", §8): otherwise it is PARTIAL ({@code G-INCOMPLETE}) and the
 * reason names what is missing.
 */
class CompletenessElementsTest {

  /** An entrustment of personal data with instructions, but no report, audit or inspection. */
  private static final jp.shinsa.domain.contract.ClauseNode ENTRUSTMENT =
      article(
          "Clause 8",
          "8",
          null,
          "Where Customer Data includes personal information, Provider processes it as a"
              + " contractor entrusted by Customer and shall follow Customer's written"
              + " instructions on its handling.");

  @Test
  void aSubcontractingClauseWithoutConsentOrObjectionIsIncomplete() {
    ItemJudgment j = judge(one(null, "乙は、十分な安全管理措置を講じていない者を再委託先に選定してはならない。"), "IN-EXT-02");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-INCOMPLETE", j.rule(), j::toString);
    assertTrue(j.reason().contains("consent"), j::reason);
    assertTrue(j.reasonJa().contains("承諾"), j::reasonJa);
  }

  @Test
  void theBuyersApprovalInTheSameArticleCompletesIt() {
    ItemJudgment j =
        judge(
            jaTwoParagraphs(
                "再委託",
                "乙は、十分な安全管理措置を講じていない者を再委託先に選定してはならない。",
                "乙は、再委託先を追加するときは、あらかじめ甲の書面による承認を受けなければならない。"),
            "IN-EXT-02");
    assertNotEquals("G-INCOMPLETE", j.rule(), j::toString);
    assertNotEquals(Outcome.PARTIAL, j.outcome(), j::toString);
  }

  @Test
  void aComplianceConfirmationThatReachesNoDataUsePromiseIsIncomplete() {
    ItemJudgment j =
        judge(
            one(
                null,
                "Upon request, Provider shall certify in writing that it has complied with its"
                    + " obligations under this Agreement."),
            "AUD-09");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-INCOMPLETE", j.rule(), j::toString);
  }

  @Test
  void aConfirmationThatTheDataTrainedNoModelIsComplete() {
    ItemJudgment j =
        judge(
            one(
                null,
                "Upon request, Provider shall certify in writing that no Customer Data has been"
                    + " used to train any model."),
            "AUD-09");
    assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
  }

  @Test
  void anEntrustmentWithoutAnySupervisionHookIsIncomplete() {
    ItemJudgment j = judge(en(ENTRUSTMENT), "PI-04");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-INCOMPLETE", j.rule(), j::toString);
  }

  @Test
  void anInspectionRightElsewhereSuppliesTheEntrustmentsSupervisionHook() {
    ParsedContract contract =
        en(
            ENTRUSTMENT,
            article(
                "Clause 12",
                "12",
                "Audit",
                "Customer may, on ten days' notice, inspect the premises and records of"
                    + " Provider relating to Customer Data once a year."));
    // Judged alone, the entrustment clause lacks the hook: the audit article is not on its topic.
    assertEquals("G-INCOMPLETE", judge(contract, "PI-04").rule());
    // With AUD-03 judged SATISFIED in the same contract, the hook is there (detection data:
    // PI-04's element "hooks" lists the audit items that supply it).
    List<ItemJudgment> all =
        JUDGE.judge(contract, ProcurementModel.M2, catalogue("PI-04", "AUD-03"));
    ItemJudgment pi = all.get(0);
    assertEquals("PI-04", pi.itemId());
    assertEquals(Outcome.SATISFIED, all.get(1).outcome(), all.get(1)::toString);
    assertEquals(Outcome.SATISFIED, pi.outcome(), pi::toString);
  }

  @Test
  void aSatisfiedItemRuleIsCheckedToo() {
    // Notice before the upstream model changes says nothing on what the upstream may do with the
    // data: the item asks for its training and retention terms (IN-EXT-03).
    ItemJudgment j =
        judge(
            one(
                null,
                "Provider shall notify Customer at least ninety (90) days before it replaces the"
                    + " third-party foundation model used in the Service with another one."),
            "IN-EXT-03");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-INCOMPLETE", j.rule(), j::toString);
    assertTrue(j.reason().contains("training and retention"), j::reason);
  }

  @Test
  void aDeletionDutyWithAPlainTimeLimitIsComplete() {
    ItemJudgment j = judge(one(null, "乙は、契約が終了した日から20日以内に、甲から預かったデータを全て消去する。"), "IN-USE-07");
    assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
  }

  @Test
  void theBuyersPriorWrittenAgreementIsControlOverSubcontracting() {
    ItemJudgment j =
        judge(
            one(
                null,
                "Provider shall not engage any subprocessor for Customer Data without the"
                    + " Customer's prior written agreement."),
            "IN-EXT-02");
    assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
  }
}
