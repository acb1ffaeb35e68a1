package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertOutcome;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Clauses that address an item in words a drafter uses but the topic cues, object classes or
 * definition patterns did not know: each was read as not addressed (MISSING).
 */
class RecallWordingsTest {

  private static void assertAddressed(String item, ItemJudgment j) {
    assertNotEquals(Outcome.MISSING, j.outcome(), () -> item + " -> " + j);
  }

  @Nested
  class StatisticsAndAudits {

    @Test
    void statisticalKnowledgeIsTheStatisticsPoint() {
      assertOutcome("IN-USE-04", "乙は、本業務の過程で得られた統計的知見を、乙の他の事業に利用することができる。", Outcome.UNFAVOURABLE);
    }

    @Test
    void informationThatCannotIdentifyTheBuyerIsTheStatisticsPoint() {
      assertOutcome(
          "IN-USE-04", "乙は、甲を識別することができない情報に加工した上で、これを乙の事業に利用することができる。", Outcome.UNFAVOURABLE);
    }

    @Test
    void theCostOfAnInspectionMayStandFarFromTheInspection() {
      assertJudged(
          "AUD-08",
          null,
          "甲が追加の検査を求める場合には、その実施に要する乙の人件費その他の費用は、甲の負担とする。",
          Outcome.UNFAVOURABLE,
          "AUD-08-BUYER-PAYS");
    }

    @Test
    void anOnSiteInvestigationWrittenWithAParticleIsAnAudit() {
      // 「実地に調査」: the audit object, though the clause never says 監査 or 検査.
      ItemJudgment j =
          judge(
              one("管理状況の調査", "甲は、乙の作業場所において本件データの管理状況を実地に調査することができる。この調査に要する費用は、甲及び乙がそれぞれ負担する。"),
              "AUD-08");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    }

    @Test
    void anAuditByACompetentAuthorityIsTheRegulatorPoint() {
      assertOutcome(
          "AUD-10",
          "The Provider shall assist with any audit by a competent authority of the processing of"
              + " Customer Data.",
          Outcome.SATISFIED);
    }

    @Test
    void aCertificateConfirmingThatNoDataWasUsedToTrainIsWrittenConfirmation() {
      assertOutcome(
          "AUD-09",
          "On completion, the Provider shall issue a certificate, signed by an officer, confirming"
              + " that no Customer Data was used to train its models.",
          Outcome.SATISFIED);
    }

    @Test
    void complianceAssistanceBilledByTheHourIsTheAuditCost() {
      assertAddressed(
          "AUD-08",
          judge(
              one(
                  null,
                  "Compliance assistance requested by the Customer, other than the annual audit"
                      + " report, is billed at the Provider's standard hourly charges."),
              "AUD-08"));
    }
  }

  @Nested
  class OtherCustomersAndUpstream {

    @Test
    void useForPersonsOtherThanTheBuyerIsReuseForOthers() {
      assertOutcome("IN-PRC-03", "乙は、カスタムモデルを当該利用者以外の者のために利用してはならない。", Outcome.SATISFIED);
    }

    @Test
    void anEngineOfAnOutsideBusinessIsAThirdPartyModel() {
      assertOutcome(
          "IN-EXT-03",
          "乙は、一部の機能について外部の事業者が提供する音声認識エンジンを利用する。この場合における甲のデータの取扱いは、当該事業者の定める規約による。",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void sellingToThirdPartiesIsUseForOthers() {
      assertOutcome(
          "IN-USE-03",
          "The Provider may sell analytics products built from Customer Data to insurers and"
              + " other third parties.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void commercialisingTheResultingModelsIsReuse() {
      assertOutcome(
          "IN-PRC-03",
          "The Provider may commercialise the resulting detection models.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void anotherCompanysApiTermsNameAnUpstreamService() {
      assertAddressed(
          "IN-EXT-03",
          judge(
              one(
                  null,
                  "The Provider's use of the Lyra scoring service is subject to Lyra's standard API"
                      + " terms."),
              "IN-EXT-03"));
    }

    @Test
    void storageInAnotherJurisdictionIsATransferAbroad() {
      assertOutcome(
          "IN-EXT-04",
          "The Provider may store Customer Data in another jurisdiction where its hosting partners"
              + " operate.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void followingTheBuyersInstructionsOnPersonalInformationIsASupervisionHook() {
      assertAddressed(
          "PI-04",
          judge(
              one(
                  null,
                  "Customer Records include personal information of benefit claimants. The Provider"
                      + " shall follow the reasonable instructions of the Customer concerning"
                      + " their handling."),
              "PI-04"));
    }
  }

  @Nested
  class DefinitionsAndOwnership {

    /** Article 1 defines the terms; article 8 deletes or returns the covering term. */
    private void assertDerivedDataCovered(
        String definitionHeading, String definitions, String duty) {
      ItemJudgment j =
          judge(
              ja(
                  article("第1条", "1", definitionHeading, definitions),
                  article("第8条", "8", "返還及び消去", duty)),
              "IN-PRC-04");
      assertAddressed("IN-PRC-04", j);
    }

    @Test
    void aTermDefinedByToIuTokiWaCoversWhatItNames() {
      // 「X」というときは、…をいうものとする: a definition, so the term carries derived data.
      assertDerivedDataCovered(
          null,
          "本契約において「対象データ等」というときは、甲の提供データ及び乙がこれを加工して作成したデータセットをいうものとする。",
          "乙は、本契約の終了後30日以内に、対象データ等を消去しなければならない。");
    }

    @Test
    void aDefinitionListMarkedWithKanaNamesItsTerms() {
      assertDerivedDataCovered(
          "定義",
          "イ　加工データ　甲のデータから乙が作成した埋め込みベクトルをいう。\nロ　本件データ等　甲のデータ及び加工データをいう。",
          "乙は、本契約の終了後14日以内に、本件データ等を甲に返還しなければならない。");
    }

    @Test
    void copyrightInTheModelIsItsOwnership() {
      assertOutcome("IN-PRC-02", "学習済みモデルの著作権は、検収をもって乙から甲に移転する。", Outcome.SATISFIED);
    }

    @Test
    void rightsPassingToTheBuyerAreTheBuyersOwnership() {
      assertOutcome("IN-PRC-02", "学習済みモデルに関する知的財産権は、納入の時に乙から甲に移転する。", Outcome.SATISFIED);
    }
  }

  @Nested
  class PartiesActingThroughOthers {

    @Test
    void theBuyerOrItsAppointedAuditorIsTheBuyerInspecting() {
      // The buyer named first, then the person it may act through: the buyer's right.
      assertOutcome(
          "AUD-04",
          "The Customer, or an independent auditor appointed by the Customer and bound by"
              + " confidentiality, may inspect the Provider's facilities once a year.",
          Outcome.SATISFIED);
    }
  }
}
