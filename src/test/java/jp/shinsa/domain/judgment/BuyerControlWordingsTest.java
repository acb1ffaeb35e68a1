package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertOutcome;
import static jp.shinsa.domain.judgment.JudgmentFixtures.jaTwoParagraphs;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Wordings by which the buyer keeps control of a point (approves the people, lifts a limit, gets
 * the same protection for derived data) that the detection data must read as the item.
 */
class BuyerControlWordingsTest {

  @Nested
  class StaffTheBuyerHasApproved {

    @Test
    void onlyStaffClearedByTheBuyerMayViewTheDataInEnglish() {
      assertJudged(
          "IN-USE-05",
          null,
          "Only the Provider engineers listed in Annex 3, each of them cleared in writing by the"
              + " Customer and subject to a duty of secrecy, may view Customer Data.",
          Outcome.SATISFIED,
          "IN-USE-05-ON-BUYER-REQUEST");
    }

    @Test
    void onlyStaffTheBuyerHasApprovedMayHandleTheDataInJapanese() {
      assertJudged(
          "IN-USE-05",
          null,
          "乙は、入力データを取り扱う担当者を事前に甲に通知して承認を得るものとし、承認を得た者以外の者に入力データを取り扱わせてはならない。",
          Outcome.SATISFIED,
          "IN-USE-05-ON-BUYER-REQUEST");
    }

    @Test
    void staffLimitedToNamedPeopleWithoutTheBuyersApprovalStaysPartial() {
      assertJudged(
          "IN-USE-05",
          null,
          "Access to Customer Data is restricted to named Provider personnel who need it.",
          Outcome.PARTIAL,
          "IN-USE-05-STAFF-LIMITED");
    }
  }

  @Nested
  class DerivedDataGivenTheProtectionOfTheData {

    @Test
    void aDefinitionExtendingTheDataObligationsToTheTermProtectsIt() {
      assertJudged(
          "IN-PRC-01",
          "Definitions",
          "\"Model Artefacts\" means the embeddings and fine-tuned model weights derived from"
              + " Customer Data; the Provider's obligations regarding Customer Data apply equally to"
              + " Model Artefacts.",
          Outcome.SATISFIED,
          "IN-PRC-01-TREATED-AS-INPUT");
    }

    @Test
    void aJapaneseDefinitionTreatingTheTermLikeTheDataProtectsIt() {
      assertJudged(
          "IN-PRC-01",
          "定義",
          "「学習成果物」とは、入力データを用いて作成したベクトルデータ及び追加学習済みモデルをいい、本契約において入力データと同様に保護されるものとする。",
          Outcome.SATISFIED,
          "IN-PRC-01-TREATED-AS-INPUT");
    }

    @Test
    void aDefinitionThatOnlyDescribesTheTermDoesNotProtectIt() {
      assertJudged(
          "IN-PRC-01",
          "Definitions",
          "\"Model Artefacts\" means the embeddings and fine-tuned model weights derived from"
              + " Customer Data.",
          Outcome.PARTIAL,
          "G-DEFINED-NOT-PROTECTED");
    }
  }

  @Nested
  class AuditLimitsLiftedForCause {

    @Test
    void aFrequencyLimitThatDoesNotApplyOnSuspicionOfABreachKeepsTheForCauseAudit() {
      assertJudged(
          "AUD-05",
          "Audit",
          "The cap on audits in Section 5.1 does not apply where the Customer suspects a breach of"
              + " the data protection terms or after a security incident.",
          Outcome.SATISFIED,
          "AUD-05-LIMIT-LIFTED-FOR-CAUSE");
    }

    @Test
    void aJapaneseLimitOnAuditsLiftedAfterAnIncidentKeepsTheForCauseAudit() {
      ItemJudgment j =
          judge(
              jaTwoParagraphs(
                  "監査",
                  "甲は、半年に1回に限り、乙の入力データの管理状況を監査することができる。",
                  "前項の上限は、情報漏えいその他の事故が生じた場合には、適用しない。"),
              "AUD-05");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
      assertEquals("AUD-05-LIMIT-LIFTED-FOR-CAUSE", j.rule(), j::toString);
    }
  }

  @Nested
  class UseOnlyToPerformTheContract {

    @Test
    void noUseOtherThanPerformingTheContractIsAPurposeLimitationNotACarveOut() {
      assertOutcome(
          "IN-USE-01",
          "The Provider shall not use Customer Data for any purpose other than performing this"
              + " Services Contract.",
          Outcome.SATISFIED);
    }

    @Test
    void noUseBeyondDischargingItsObligationsIsAPurposeLimitation() {
      assertOutcome(
          "IN-USE-01",
          "The Provider shall not use Customer Data for any purpose except the fulfilment of its"
              + " obligations to the Customer.",
          Outcome.SATISFIED);
    }

    @Test
    void japaneseUseOnlyForTheEntrustedWorkIsAPurposeLimitation() {
      assertOutcome("IN-USE-01", "乙は、委託業務の遂行に必要な場合を除き、入力データを目的外に利用してはならない。", Outcome.SATISFIED);
    }

    @Test
    void anExceptionForTheVendorsAffiliatesStillTakesTheLimitationBack() {
      assertOutcome(
          "IN-USE-01",
          "The Provider shall not use Customer Data for any purpose other than performing this"
              + " Contract and supporting its affiliates.",
          Outcome.PARTIAL);
    }
  }

  @Nested
  class TrainingOnlyIfTheBuyerSwitchesItOn {

    @Test
    void improvementUseOnlyAfterTheBuyerEnablesTheSettingIsAnOptIn() {
      assertJudged(
          "IN-USE-02",
          "Product improvement",
          "The Provider will use Customer Data to improve its models only if the Customer enables"
              + " the data contribution setting, which the Customer may disable at any time.",
          Outcome.SATISFIED,
          "IN-USE-02-OPT-IN");
    }

    @Test
    void aSettingThatIsOffByDefaultIsAnOptIn() {
      assertJudged(
          "IN-USE-02",
          "Product improvement",
          "Contribution of prompts to model training is disabled by default.",
          Outcome.SATISFIED,
          "IN-USE-02-OPT-IN");
    }

    @Test
    void japaneseUseForTrainingOnlyWhenTheBuyerTurnsItOnIsAnOptIn() {
      assertJudged(
          "IN-USE-02",
          null,
          "乙は、甲が設定画面で提供を有効にした場合に限り、入力データをモデルの学習に利用する。",
          Outcome.SATISFIED,
          "IN-USE-02-OPT-IN");
    }

    @Test
    void aSettingThatIsOnUntilTheBuyerOptsOutIsOnlyAnOptOut() {
      assertOutcome(
          "IN-USE-02",
          "The Provider may use Customer Data to improve its models; this setting is enabled by"
              + " default and the Customer may opt out.",
          Outcome.PARTIAL);
    }
  }

  @Nested
  class WhoPaysForTheAudit {

    @Test
    void theBuyerPayingForItsOwnAuditWithoutAShiftOnBreachIsPartial() {
      assertJudged(
          "AUD-08",
          "Audit costs",
          "The Customer shall bear its own costs of any audit under this Section.",
          Outcome.PARTIAL,
          "AUD-08-BUYER-OWN-COST");
    }

    @Test
    void japaneseAuditCostsBorneByTheBuyerArePartial() {
      assertJudged("AUD-08", "監査費用", "監査の費用は、甲の負担とする。", Outcome.PARTIAL, "AUD-08-BUYER-OWN-COST");
    }

    @Test
    void theBuyerReimbursingTheVendorsAuditEffortIsUnfavourable() {
      assertJudged(
          "AUD-08",
          "Audit costs",
          "The Customer shall reimburse the Provider's costs of supporting an audit.",
          Outcome.UNFAVOURABLE,
          "AUD-08-BUYER-PAYS");
    }

    @Test
    void theVendorPayingWhenTheAuditFindsAFailureToComplyIsSatisfied() {
      assertJudged(
          "AUD-08",
          "Audit costs",
          "The Customer bears the cost of an audit, save that the Provider shall pay it if the"
              + " audit reveals a failure by the Provider to comply with Section 9.",
          Outcome.SATISFIED,
          "AUD-08-VENDOR-PAYS-ON-BREACH");
    }

    @Test
    void aShiftToTheVendorPrintedAsAnUnlessClauseIsSatisfied() {
      assertJudged(
          "AUD-08",
          "Audit costs",
          "Each audit is at the Customer's expense unless it shows a material breach of this"
              + " Agreement by the Provider, in which case the Provider shall reimburse the"
              + " Customer's reasonable audit costs.",
          Outcome.SATISFIED,
          "AUD-08-VENDOR-PAYS-ON-BREACH");
    }
  }

  @Nested
  class AuditsInThePassiveVoice {

    @Test
    void anAuditThatMayBeConductedByTheBuyerIsTheBuyersRight() {
      assertJudged(
          "AUD-04",
          "Audit",
          "An audit of the Provider's handling of Customer Data may be conducted by the Customer or"
              + " by an independent auditor bound by confidentiality.",
          Outcome.SATISFIED,
          "G-DO-BUYER-RIGHT");
    }

    @Test
    void anAuditThatMayBeConductedByTheVendorIsStillTheVendorAuditingTheBuyer() {
      assertJudged(
          "AUD-04",
          "Audit",
          "An audit of the Customer's use of the Service may be conducted by the Provider or by an independent"
              + " auditor it appoints.",
          Outcome.MISSING,
          "AUD-04-TRAP-VENDOR-AUDITS-CUSTOMER");
    }

    @Test
    void anAuditThatShallBeConductedByTheBuyerIsNotReadAsABuyerBurden() {
      assertOutcome(
          "AUD-04",
          "Audits under this Section shall be conducted by the Customer or by an independent"
              + " auditor bound by confidentiality.",
          Outcome.SATISFIED);
    }
  }

  @Nested
  class NoticeOfASubprocessorAfterItIsEngaged {

    @Test
    void noticeWithinDaysAfterTheAppointmentIsAfterTheFact() {
      assertOutcome(
          "IN-EXT-02",
          "The Provider will notify the Customer of every new subprocessor that processes Customer"
              + " Data at the latest fourteen (14) days after the appointment.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void lettingTheBuyerKnowAfterTheEngagementIsAfterTheFact() {
      assertOutcome(
          "IN-EXT-02",
          "The Provider will let the Customer know about each subprocessor it uses for Customer Data"
              + " within one month following the engagement.",
          Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class PublicBodiesVocabulary {

    @Test
    void assistingTheBuyersStatutoryAuditCommissionersIsCooperationWithPublicAuditors() {
      assertOutcome(
          "AUD-10", "乙は、甲の監査委員又は外部監査人が監査を行うときは、甲の求めに応じて資料を提出し、説明しなければならない。", Outcome.SATISFIED);
    }

    @Test
    void dataThatMayBeKeptInAnyCountryOrRegionIsUnfavourable() {
      assertOutcome(
          "IN-USE-11", "入力データは、乙が利用するクラウド事業者の拠点がある国若しくは地域のサーバにも保管されることがある。", Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class DerivedDataKeptForTheBuyer {

    @Test
    void derivedDataThatMayNotBeReusedForOtherClientsIsKeptForTheBuyer() {
      assertOutcome(
          "IN-PRC-03",
          "The Provider shall use the fine-tuned models built for the Customer only for the"
              + " Customer and shall not reuse them for any other client.",
          Outcome.SATISFIED);
    }

    @Test
    void processingResultsReusedInOtherEngagementsAreUnfavourable() {
      assertOutcome(
          "IN-PRC-03",
          "The Provider may reuse the processing results in other engagements with its clients.",
          Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class TheBuyerReturningTheVendorsMaterials {

    @Test
    void theBuyerDestroyingTheVendorsInformationIsNotDeletionOfItsData() {
      assertOutcome(
          "IN-USE-07",
          "When this Agreement ends, the Customer shall destroy all copies of the documentation and"
              + " of the Confidential Information of the Provider.",
          Outcome.MISSING);
    }

    @Test
    void japaneseReturnOfTheVendorsSecretsByTheBuyerIsNotDeletionOfItsData() {
      assertOutcome("IN-USE-07", "甲は、本契約が終了したときは、乙から開示を受けた秘密情報を返還し、又は廃棄する。", Outcome.MISSING);
    }

    @Test
    void theBuyerAskingForItsOwnDataToBeDeletedIsStillTheItem() {
      assertOutcome(
          "IN-USE-07",
          "The Customer may request deletion of Customer Data, including the documentation it"
              + " uploaded.",
          Outcome.PARTIAL);
    }
  }

  @Nested
  class DocumentsForCalculatingFees {

    @Test
    void theBuyerSubmittingDocumentsSoThatTheVendorCanCalculateFeesIsNotAnAuditDocument() {
      assertOutcome("AUD-02", "甲は、乙が利用料の算定のために必要な資料の提出を求めたときは、速やかにこれを提出する。", Outcome.MISSING);
    }
  }

  @Nested
  class StatisticsDeliveredToTheBuyer {

    @Test
    void aUsageReportSentToTheBuyerIsNotTheVendorsUseOfStatistics() {
      assertOutcome(
          "IN-USE-04",
          "Each quarter the Provider shall send the Customer a report with aggregated statistics of"
              + " its users' activity.",
          Outcome.MISSING);
    }

    @Test
    void japaneseStatisticsShownOnTheBuyersConsoleAreNotTheVendorsUse() {
      assertOutcome("IN-USE-04", "乙は、甲の部署ごとの利用回数を集計した統計を、甲の管理画面に毎週掲示する。", Outcome.MISSING);
    }

    @Test
    void statisticsTheVendorAlsoUsesToImproveItsServiceAreStillTheItem() {
      assertOutcome(
          "IN-USE-04",
          "The Provider shall send the Customer aggregated usage statistics and may use them to"
              + " improve its services.",
          Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class BillingRecordsAreNotTheData {

    @Test
    void downloadingInvoicesIsNotExportOfTheBuyersData() {
      assertJudged(
          "IN-USE-08",
          "Account records",
          "The Customer may export its invoices and receipts as PDF files from the account page.",
          Outcome.MISSING,
          "IN-USE-08-FEE-REFUND");
    }

    @Test
    void japaneseDownloadOfPaymentHistoryIsNotExportOfTheBuyersData() {
      assertJudged(
          "IN-USE-08",
          "利用記録",
          "甲は、管理画面から請求書及び支払履歴をダウンロードすることができる。",
          Outcome.MISSING,
          "IN-USE-08-FEE-REFUND");
    }
  }
}
