package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertOutcome;
import static jp.shinsa.domain.judgment.JudgmentFixtures.jaTwoParagraphs;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Wordings that must count as addressing an item (topic cues and object classes in {@code
 * contracts-templates}): synonyms, inflections and word orders the cues once missed, so that a
 * clause on the point is judged instead of the item being reported as not addressed.
 */
class TopicWordingsTest {

  @Nested
  class IncidentReports {

    @Test
    void aReportOfTheCauseAfterALeakIsTheOnlyForCauseMechanism() {
      // The report itself is the oversight: no audit word needs to be near.
      assertJudged(
          "AUD-05",
          null,
          "個人データの漏洩が生じたときは、乙は、発生原因及び再発防止のための措置を記載した書面により甲に報告しなければならない。",
          Outcome.PARTIAL,
          "AUD-05-INCIDENT-REPORT-ONLY");
    }

    @Test
    void aRootCauseReportAfterAnIncidentIsTheOnlyForCauseMechanism() {
      assertJudged(
          "AUD-05",
          null,
          "Following any security incident, the Supplier must identify the root cause and report it"
              + " to the Customer within ten days.",
          Outcome.PARTIAL,
          "AUD-05-INCIDENT-REPORT-ONLY");
    }
  }

  @Nested
  class RemediationAfterReports {

    @Test
    void anOrderToImproveAfterAReportIsRemediation() {
      // The oversight is a report, not an audit: remediation of what it shows is still AUD-07.
      assertOutcome(
          "AUD-07", "甲は、乙から受けた報告の内容が不十分であると認めるときは、乙に対し、期限を定めて改善を命じることができる。", Outcome.SATISFIED);
    }

    @Test
    void correctiveActionAfterAComplianceReportIsRemediation() {
      assertOutcome(
          "AUD-07",
          "Where a compliance report shows a gap, the Supplier shall take corrective action within"
              + " thirty days.",
          Outcome.SATISFIED);
    }
  }

  @Nested
  class AuditCosts {

    @Test
    void theCostsOfAnInspectionNameTheAuditCost() {
      assertOutcome(
          "AUD-08",
          "The Client shall pay the costs of an inspection at the Vendor's then-current rates.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void theCostOfReportingInLieuOfAnAuditIsTheAuditCost() {
      // 「前項の報告…に要する費用」: the cost of the oversight the article puts in place of an audit.
      ItemJudgment j =
          judge(
              jaTwoParagraphs(
                  "報告",
                  "甲は、監査に代えて、乙に対し本件データの取扱状況の報告を求めることができる。",
                  "前項の報告及び資料の提出に要する費用は、乙所定の単価により甲が負担する。"),
              "AUD-08");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
    }
  }

  @Nested
  class SubprocessorInformation {

    @Test
    void informationObtainedFromSubprocessorsIsTheirOversight() {
      assertOutcome(
          "AUD-06",
          "The Processor shall request from each sub-processor the documents that the Controller"
              + " reasonably needs to verify the handling of Controller Data.",
          Outcome.PARTIAL);
    }
  }

  @Nested
  class Statistics {

    @Test
    void dataMadeUnidentifiableIsStatisticalUse() {
      assertOutcome(
          "IN-USE-04",
          "乙は、本件データを、個人及び甲を特定することができない状態に処理した上で、自らのサービスの改良に利用することができる。",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void metadataInKatakanaIsOperationalData() {
      assertOutcome(
          "IN-USE-04", "当社は、通信のメタデータ（送信日時、データ量等）を、障害対応及び本サービスの改善のために利用することがあります。", Outcome.PARTIAL);
    }
  }

  @Nested
  class BuyerBackups {

    @Test
    void backupsAtTheBuyersOwnRiskFarFromThePhrase() {
      assertOutcome(
          "IN-USE-08",
          "利用者は、自らの責任において、本サービスに登録した業務データの控えを定期的にバックアップするものとする。",
          Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class Confidentiality {

    @Test
    void keepingSecretsWrittenWithAParticleIsConfidentiality() {
      assertOutcome("IN-USE-09", "受託者は、業務上知り得た委託者の機密及び委託者データを第三者に漏らしてはならない。", Outcome.SATISFIED);
    }
  }

  @Nested
  class UseEndsWithTheContract {

    @Test
    void theRightToUseLapsingOnTerminationEndsUse() {
      assertOutcome("IN-USE-13", "委託者データを使用する受託者の権利は、契約の解除により消滅する。", Outcome.SATISFIED);
    }
  }

  @Nested
  class OnSiteChecks {

    @Test
    void anOnSiteCheckAtTheVendorsSiteIsAnAudit() {
      assertOutcome("AUD-03", "甲は、乙のデータセンターにおける実地の確認を行うことができる。", Outcome.SATISFIED);
    }
  }

  @Nested
  class UseNotwithstandingTermination {

    @Test
    void useThatGoesOnNotwithstandingExpiryIsUseAfterTheEnd() {
      assertOutcome(
          "IN-USE-13",
          "Notwithstanding expiry, the Provider may keep using anonymised Customer Content to tune"
              + " its services.",
          Outcome.UNFAVOURABLE);
      assertOutcome("IN-USE-13", "本契約の終了にかかわらず、乙は、本件データを統計分析に利用することができる。", Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class Entrustment {

    @Test
    void disclaimingTheDutiesOfAnEntrusteeIsUnfavourable() {
      assertOutcome("PI-04", "当社は、お客様の個人データについて、委託先としての責任を負わないものとします。", Outcome.UNFAVOURABLE);
    }

    @Test
    void handlingEntrustedPersonalDataUnderTheActIsLawOnly() {
      assertJudged(
          "PI-04",
          null,
          "受託者は、委託者から預かった個人データを、個人情報保護法に従って取り扱う。",
          Outcome.PARTIAL,
          "PI-04-LAW-ONLY");
    }

    @Test
    void processingOnDocumentedInstructionsIsAProcessorTerm() {
      assertOutcome(
          "PI-04",
          "The Contractor shall process the Client's PII solely on its documented instructions.",
          Outcome.PARTIAL);
    }
  }

  @Nested
  class ChangesToDataTerms {

    @Test
    void amendingAScheduleIsAChangeOfTerms() {
      assertOutcome(
          "IN-USE-12",
          "The Provider may amend Schedule 3 (Security Measures) at any time by posting a new"
              + " version.",
          Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class TransfersToANamedCountry {

    @Test
    void aTransferToANamedCountryIsATransferAbroad() {
      assertOutcome(
          "IN-EXT-04",
          "Customer Data may be transferred to India for the provision of support services.",
          Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class DerivedArtefacts {

    @Test
    void aSearchIndexIsDerivedData() {
      assertOutcome(
          "IN-PRC-01",
          "\"Search Assets\" means the search index that the Vendor builds from the Client's"
              + " documents.",
          Outcome.PARTIAL);
    }

    @Test
    void theModelsThatRunThePlatformAreTheVendorsOwn() {
      assertOutcome(
          "IN-PRC-03",
          "The Company may use Submissions to improve the models that run its platform.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void aModelTheVendorOperatesIsTheVendorsOwn() {
      assertOutcome(
          "IN-PRC-03", "乙は、甲の入力データを、乙が運営するAIモデルの改善のための学習に利用することができる。", Outcome.UNFAVOURABLE);
    }

    @Test
    void improvingTheVendorsProductsReusesWhatTheDataTeaches() {
      assertOutcome("IN-PRC-03", "乙は、甲の入力データを乙の製品の改良に利用できる。", Outcome.UNFAVOURABLE);
    }

    @Test
    void handingOverACustomModelInAFileFormatIsItsReturn() {
      assertOutcome("IN-PRC-04", "受託者は、契約終了時に、カスタムモデルをONNX形式で委託者に納品する。", Outcome.SATISFIED);
    }

    @Test
    void aCopyOfTheTunedModelHandedOverAtTheEndIsOnlyACopy() {
      assertJudged(
          "IN-PRC-04",
          null,
          "受託者は、契約の満了時に、追加学習済みモデルの写しを委託者に交付する。",
          Outcome.PARTIAL,
          "IN-PRC-04-COPY-ONLY");
    }

    @Test
    void outputsDeliveredToOtherCustomersAreCrossUserLeakage() {
      assertOutcome(
          "IN-PRC-05",
          "Outputs delivered to other customers may reflect what the model learned from the"
              + " Customer's prompts.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void aGlossaryBuiltForTheBuyerIsNotUsedForOthers() {
      // A glossary or dictionary built from the buyer's data is what its reuse for other customers
      // would carry over.
      assertOutcome("IN-USE-03", "乙は、甲向けに作成した用語集を、他の顧客の案件に使用しない。", Outcome.SATISFIED);
      assertOutcome(
          "IN-USE-03",
          "The Vendor shall not use the glossary compiled for the Client for any other customers.",
          Outcome.SATISFIED);
    }
  }
}
