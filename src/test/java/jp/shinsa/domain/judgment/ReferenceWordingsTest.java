package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.KNOWLEDGE;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertOutcome;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Wordings of the kind the METI reference note gives as favourable and unfavourable examples, in
 * other words than the note and the reference phrase bank ({@code
 * contracts-templates/phrasebank/reference/}): topic cues and rules in {@code
 * contracts-templates/detection/priority-items.json}.
 */
class ReferenceWordingsTest {

  private static boolean onTopic(String item, String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return KNOWLEDGE.items().get(item).topic().stream()
        .anyMatch(c -> c.pattern().matcher(t).find());
  }

  @Nested
  class TopicWordsOfTheReferenceTerms {

    @Test
    void useWithinWhatTheWorkNeedsIsAPurposeLimit() {
      assertTrue(onTopic("IN-USE-01", "乙は、提供データを、委託業務に必要な最小限の範囲においてのみ取り扱う。"));
      assertFalse(onTopic("IN-USE-01", "乙は、必要な範囲で甲に協力する。"));
      assertTrue(onTopic("IN-USE-01", "提供情報の使用範囲は、別表に定めるとおりとする。"));
    }

    @Test
    void abuseMonitoringAndSupportWorkAreHumanAccess() {
      assertTrue(onTopic("IN-USE-05", "当社は、不正使用の検知を行うことがあります。"));
      assertTrue(onTopic("IN-USE-05", "保守業務のために必要な場合、乙の技術者は入力データにアクセスできる。"));
      assertTrue(onTopic("IN-USE-05", "送信内容について人手によるチェックを行うことがあります。"));
    }

    @Test
    void logsKeptAndRetentionForAbusePreventionAreRetention() {
      assertTrue(onTopic("IN-USE-06", "利用ログの保管は1年とする。"));
      assertTrue(onTopic("IN-USE-06", "不正使用の防止のため、当社は送信内容を保管することがあります。"));
    }

    @Test
    void aHandOverFormatIsReturn() {
      assertTrue(onTopic("IN-USE-08", "乙は、CSV形式により甲に引き渡す。"));
    }

    @Test
    void independentlyDevelopedIsAConfidentialityExclusion() {
      assertTrue(
          onTopic(
              "IN-USE-09", "Information independently developed by the recipient is excluded."));
      assertTrue(onTopic("IN-USE-09", "受領者が独自に開発した情報は、この限りでない。"));
    }

    @Test
    void certificationsAndStandardNumbersAreSecurity() {
      assertTrue(onTopic("IN-USE-10", "乙は、ISMAPの認証を維持する。"));
      assertTrue(onTopic("IN-USE-10", "乙は、ISO/IEC 27018に準拠する。"));
      assertFalse(onTopic("IN-USE-10", "乙は、270001円を請求する。"));
    }

    @Test
    void publicisingAChangeIsATermsChange() {
      assertTrue(onTopic("IN-USE-12", "当社は、改定の内容をウェブサイトで周知します。"));
    }

    @Test
    void flowDownOfTheSameDutiesIsSubcontracting() {
      assertTrue(onTopic("IN-EXT-02", "乙は、委託した相手方に本契約と同一の義務を課す。"));
      assertTrue(
          onTopic("IN-EXT-02", "Provider shall impose the same obligations on anyone it engages."));
    }

    @Test
    void theDestinationCountryIsCrossBorder() {
      assertTrue(onTopic("IN-EXT-04", "乙は、移転先の外国の名称を甲に通知する。"));
    }

    @Test
    void annotationIsAProcessingResult() {
      assertTrue(onTopic("IN-PRC-01", "乙が作成したアノテーションは甲に納入する。"));
    }

    @Test
    void exclusiveOrSharedUseOfResultsIsAboutRightsInThem() {
      assertTrue(onTopic("IN-PRC-02", "学習済みパラメータは甲乙の共有とする。"));
      assertTrue(onTopic("IN-PRC-02", "乙は、派生データを独占的に利用できる。"));
    }

    @Test
    void leakageToOtherTenantsIsIsolation() {
      assertTrue(onTopic("IN-PRC-05", "他の顧客への情報の流出を防止する。"));
    }

    @Test
    void aRegularReportIsAReport() {
      assertTrue(onTopic("AUD-01", "乙は、四半期ごとに定期報告を行う。"));
    }

    @Test
    void processingInAPlaceIsLocationButInAccordanceWithIsNot() {
      assertTrue(onTopic("IN-USE-11", "Provider processes all Customer Data in Sweden."));
      assertTrue(onTopic("IN-USE-11", "Customer Data is hosted within the European Union."));
      assertFalse(
          onTopic(
              "IN-USE-11",
              "Provider shall process personal data in accordance with Customer's instructions."));
      assertFalse(
          onTopic(
              "IN-USE-11",
              "Provider processes the personal data contained in the documents it receives."));
    }

    @Test
    void aCompetitorIsAnotherCustomer() {
      assertTrue(onTopic("IN-USE-03", "乙は、甲の競合事業者のために本件データを利用しない。"));
      // 競合 as "conflict between provisions" is not a competitor
      assertFalse(onTopic("IN-USE-03", "本契約と個別契約の定めが競合する場合は、本契約が優先する。"));
    }
  }

  @Nested
  class ReferenceExamplesInOtherWords {

    @Test
    void excludingTheResidualsClauseIsNoResidualsRight() {
      assertOutcome(
          "IN-USE-09",
          "Customer Data is Confidential Information of Customer whether marked or not, and the residuals provision of Section 9.4 does not apply to it.",
          Outcome.SATISFIED);
    }

    @Test
    void upstreamTermsThatForbidTrainingAreAFlowDown() {
      assertOutcome(
          "IN-EXT-03",
          "Provider shall obtain the foundation model only under conditions which forbid the model supplier from training on Customer Data.",
          Outcome.SATISFIED);
    }

    @Test
    void disclosureToAuthoritiesAtWillIsCompelledDisclosureUnfavourable() {
      assertOutcome(
          "IN-EXT-05",
          "Provider may disclose Customer Data to the competent authorities at its sole discretion.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void derivedModelsAreProcessingResults() {
      assertOutcome(
          "IN-PRC-04",
          "On expiry, Provider shall destroy all derived models and datasets built for Customer.",
          Outcome.SATISFIED);
    }

    @Test
    void securityDocumentationOnRequestIsDocuments() {
      assertOutcome(
          "AUD-02",
          "Provider shall furnish its security materials, including its current third-party"
              + " certifications, to Customer upon request.",
          Outcome.SATISFIED);
    }

    /**
     * Materials alone may be the vendor's own description of itself: without independent evidence
     * (certificates, audit reports, records) the document right is incomplete (AUD-02 element).
     */
    @Test
    void securityMaterialsWithoutIndependentEvidenceAreIncomplete() {
      assertOutcome(
          "AUD-02",
          "Provider shall furnish its security materials to Customer upon request.",
          Outcome.PARTIAL);
    }

    @Test
    void aCapWithASpeltOutPeriodIsAFrequencyCap() {
      assertTrue(
          onTopic("AUD-05", "Customer may audit no more than once in any three-year period."));
      assertTrue(
          onTopic("AUD-05", "Audits are limited to two in every eighteen (18) month period."));
      // a report's frequency is not an audit's
      assertFalse(
          onTopic("AUD-05", "Once in each calendar year, Provider shall send Customer a summary."));
    }

    @Test
    void aCapCountedInWordsWithNoExceptionIsUnfavourable() {
      // "without exception" must not count as an exception ("except") that keeps a for-cause audit
      assertOutcome(
          "AUD-05",
          "Customer may audit Provider no more than two times in every thirty-six (36) month period, without exception.",
          Outcome.UNFAVOURABLE);
    }

    @Test
    void anAuditorChosenByTheVendorIsOnTopic() {
      assertTrue(onTopic("AUD-04", "Each auditor will be chosen by Provider."));
    }

    @Test
    void conditionsThatCannotBeChangedWithoutConsentAreATermsChange() {
      assertOutcome("IN-USE-12", "乙は、データの利用条件を、甲の事前の承諾なく変更しない。", Outcome.SATISFIED);
    }

    @Test
    void theUseRightLapsingAtTheEndIsOnTopic() {
      assertTrue(onTopic("IN-USE-13", "契約が終了したときは、乙のデータの使用権は失われる。"));
    }

    @Test
    void aModelNamedAfterItsNounIsAProcessingResult() {
      assertTrue(
          onTopic(
              "IN-PRC-02", "The Contractor retains title to any model trained on Agency Data."));
    }

    @Test
    void changesToTheTermsAreATermsChange() {
      assertTrue(onTopic("IN-USE-12", "We may make changes to the Terms from time to time."));
    }

    @Test
    void inspectionRightsSatisfiedByACertificateAreReportsInLieu() {
      assertOutcome(
          "AUD-03",
          "Customer's inspection rights are satisfied solely by Provider furnishing its current ISO 27001 certificate.",
          Outcome.UNFAVOURABLE);
      assertTrue(onTopic("AUD-03", "第三者機関の報告書の提出をもって検査に代える。"));
    }

    @Test
    void aUseRightForThirdPartyServicesIsPurposeCreep() {
      assertOutcome("IN-USE-01", "乙は、本件データを第三者向けサービスのために利用することができる。", Outcome.UNFAVOURABLE);
      // a duty that names training is not a right to train
      assertOutcome(
          "IN-USE-01",
          "Provider shall use Customer Data only to provide the Services and shall ensure that its model provider does not train on it.",
          Outcome.SATISFIED);
    }

    @Test
    void consideringFindingsInGoodFaithIsNoRemediationDuty() {
      assertOutcome(
          "AUD-07",
          "Provider will take the audit findings into account in good faith.",
          Outcome.UNFAVOURABLE);
    }
  }
}
