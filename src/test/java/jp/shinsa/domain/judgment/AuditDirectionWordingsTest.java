package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertOutcome;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.item;
import static jp.shinsa.domain.judgment.JudgmentFixtures.jaTwoParagraphs;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Audit points where the wording turns on who does what to whom: a vendor barred from refusing
 * accepts the audit, public auditors are not the buyer's auditor, a report after an incident is the
 * weak form of a for-cause audit, and findings of handling reports are remediated like audit
 * findings.
 */
class AuditDirectionWordingsTest {

  @Nested
  class AVendorBarredFromRefusingAcceptsTheAudit {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "甲は、乙の事業所に立ち入り、本件データの取扱いを検査することができる。乙は、当該検査を拒否することができない。",
          "Customer may inspect the facilities Provider uses to process Customer Data. Provider shall"
              + " not unreasonably refuse or delay such an inspection.",
          "The Agency may audit the Contractor's systems once a year. The Contractor may not,"
              + " without good cause, withhold access for that audit."
        })
    void theProhibitionOfARefusalIsADutyToAccept(String text) {
      assertOutcome("AUD-03", text, Outcome.SATISFIED);
    }

    @Test
    void aVendorBarredFromRefusingTheDocumentsHasNotReservedARefusal() {
      assertJudged(
          "AUD-02",
          null,
          "受託者は、委託者から第三者認証の証明書の提出を求められたときは、これを拒んではならない。",
          Outcome.SATISFIED,
          "G-DO-VENDOR-DUTY");
    }
  }

  @Nested
  class PublicAuditorsAreNotTheBuyersAuditor {

    @Test
    void cooperationWithTheCitysAuditCommissionersIsAud10Only() {
      String text = "乙は、甲の監査委員又は包括外部監査人が本件業務について行う監査に協力しなければならない。";
      assertOutcome("AUD-04", text, Outcome.MISSING);
      assertOutcome("AUD-10", text, Outcome.SATISFIED);
    }
  }

  @Nested
  class AReportAfterAnIncidentStandsInForACauseAudit {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "当社は、個人データの漏えいが生じた場合、その原因及び再発防止策を書面でお客様に報告します。",
          "Following any data breach, Provider shall give Customer a report of its root cause and"
              + " the corrective actions taken."
        })
    void aReportOnCauseAndPreventionIsPartial(String text) {
      // No audit word anywhere: the incident is what the report answers for.
      assertJudged("AUD-05", null, text, Outcome.PARTIAL, "AUD-05-INCIDENT-REPORT-ONLY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider shall notify Customer of any security incident within 48 hours.",
          "乙は、事故が発生したときは、直ちに甲に連絡しなければならない。"
        })
    void aBareNoticeOfTheIncidentIsNotAReport(String text) {
      assertEquals(
          Outcome.MISSING, judge(one("Security incidents / 事故", text), "AUD-05").outcome());
    }
  }

  @Nested
  class FindingsOfHandlingReportsAreRemediated {

    @Test
    void anImprovementTheBuyerRequiresAfterAHandlingReportIsRemediation() {
      ItemJudgment j =
          judge(
              jaTwoParagraphs(
                  "報告",
                  "乙は、甲の求めに応じ、本件データの取扱状況を甲に報告する。",
                  "甲は、前項の報告により必要と認めるときは、乙に対し改善を指示することができ、乙は速やかにこれに従わなければならない。"),
              "AUD-07");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
    }

    @Test
    void bindingInstructionsAfterAReportAreRemediation() {
      ItemJudgment j =
          judge(
              jaTwoParagraphs(
                  "個人情報",
                  "乙は、甲の求めに応じ、個人情報の管理状況を報告する。",
                  "甲は、前項の報告を受けて必要と認めるときは、乙に対し個人情報の取扱いについて指示をすることができ、乙は直ちにその指示に従う。"),
              "AUD-07");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
    }

    @Test
    void aDeficiencyFoundInAHandlingReportIsRemedied() {
      String text =
          "Provider shall report on its handling of Customer Data every quarter. Provider shall"
              + " remedy any deficiency shown in such a report within 30 days.";
      assertOutcome("AUD-07", text, Outcome.SATISFIED);
    }
  }

  @Nested
  class WhoPaysForTheAudit {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer shall pay Provider's standard hourly rates for such support.",
          "Any support beyond the reports listed above is charged at Provider's then-current daily"
              + " rates.",
          "前項の報告及び説明に要する費用は、乙所定の料金により甲が負担する。"
        })
    void effortBeyondTheStandardDocumentsAtTheVendorsRatesIsUnfavourable(String text) {
      assertJudged("AUD-08", "Audit / 監査", text, Outcome.UNFAVOURABLE, "AUD-08-VENDOR-RATES");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "The Agency bears all costs of an audit, including the Contractor's own expenses of"
              + " supporting it.|UNFAVOURABLE|AUD-08-BUYER-PAYS",
          "Each party pays its own audit costs unless the audit discloses a default by Provider, in"
              + " which case Provider shall reimburse Customer's costs of the audit."
              + "|SATISFIED|AUD-08-VENDOR-PAYS-ON-BREACH"
        })
    void whoBearsTheCostDecides(String text, Outcome outcome, String rule) {
      assertJudged("AUD-08", null, text, outcome, rule);
    }
  }

  @Nested
  class AnInspectionMustBeOfTheVendor {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "The Agency inspects about 900 water mains every year.",
          "Provider grants Customer a licence to use the Model for Customer's own road inspection"
              + " work.",
          "Provider shall keep audit logs of administrator access for one year."
        })
    void theBuyersOwnInspectionWorkOrAnAuditLogIsNoAuditRight(String text) {
      assertOutcome("AUD-03", text, Outcome.MISSING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer may inspect the data centres in which Provider stores Customer Data.",
          "Customer may carry out an inspection under this Section on ten days' notice."
        })
    void anInspectionOfTheVendorsSitesIsAnAuditRight(String text) {
      assertOutcome("AUD-03", text, Outcome.SATISFIED);
    }
  }

  @Nested
  class ReportsOnTheWorkAndAnswersOnTheVendorsTerms {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider shall deliver a progress report every two weeks listing milestones reached and"
              + " Customer Data received.",
          "乙は、毎週、本業務の進捗状況及び受領した甲のデータの件数を甲に報告する。"
        })
    void aProgressReportIsNoHandlingReport(String text) {
      assertOutcome("AUD-01", text, Outcome.MISSING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer may ask Provider about the handling of Customer Data. Provider shall answer such"
              + " questions to the extent it considers appropriate.",
          "甲は、乙に対し、本件データの取扱状況について報告を求めることができる。この場合、乙は、可能な範囲でこれに応じる。"
        })
    void answersOnlyAsFarAsTheVendorSeesFitArePartial(String text) {
      assertJudged("AUD-01", null, text, Outcome.PARTIAL, "AUD-01-REASONABLE-SCOPE");
    }

    @Test
    void notGuaranteeingTheResponseTimeLeavesTheDutyToAnswer() {
      ItemJudgment j =
          judge(
              one(
                  null,
                  "Provider shall answer Customer's questions on the processing of Customer Data,"
                      + " but does not guarantee any particular response time."),
              "AUD-01");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    }
  }

  @Nested
  class EntrustmentOfPersonalData {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "当社は、お客様が入力する個人データについて、個人情報保護法上の委託先に該当するものではなく、お客様の監督に応じる義務を負いません。"
              + "|UNFAVOURABLE|PI-04-ENTRUSTMENT-DENIED",
          "乙は、甲から受領した個人情報を、個人情報保護法に従い適切に管理する。|PARTIAL|PI-04-LAW-ONLY",
          "Provider processes personal information in Customer Data as a contractor on behalf of"
              + " the Customer.|PARTIAL|PI-04-ENTRUSTMENT-ONLY",
          "Provider will use reasonable efforts to help Customer meet its personal information"
              + " obligations.|PARTIAL|PI-04-HELP-ON-BEST-EFFORTS"
        })
    void aDenialIsUnfavourableAndAnAcknowledgementOrHelpWithoutHooksPartial(
        String text, Outcome outcome, String rule) {
      assertJudged("PI-04", null, text, outcome, rule);
    }

    @Test
    void processingOnlyOnDocumentedInstructionsIsEntrustment() {
      ItemJudgment j =
          judge(
              one(
                  "Processing",
                  "Provider shall process personal data in Customer Data only on Customer's"
                      + " written instructions and shall report on that processing every"
                      + " quarter."),
              "PI-04");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider may revise the data processing addendum from time to time by posting a new"
              + " version.",
          "Customer's audit rights under the DPA are met by the annual report in Section 7."
        })
    void changesToTheTermsAndBareAuditClausesAreOtherPoints(String text) {
      assertOutcome("PI-04", text, Outcome.MISSING);
    }
  }

  @Nested
  class LimitsOnTheAuditItself {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer may audit Provider's compliance with this Addendum by video conference and"
              + " review of documents only.",
          "Customer may inspect Provider's records relating to Customer Data. An inspection at"
              + " Provider's offices requires Provider's prior consent and may take place only if"
              + " Provider so agrees."
        })
    void aRemoteOrConsentedAuditIsPartial(String text) {
      assertOutcome("AUD-03", text, Outcome.PARTIAL);
    }

    @Test
    void theConditionsListedUnderAnAuditRightAreReadWithIt() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Section 5",
                      "5",
                      "Audit",
                      "Customer may request an audit, which:",
                      item("(a)", "5.1", "(a) will take place remotely by document review; and"),
                      item("(b)", "5.2", "(b) will be limited to the Services."))),
              "AUD-03");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    }

    @ParameterizedTest(name = "{0} {2}: {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          // Excluding the hosting provider is the subcontractor point, not a refusal of the audit.
          "AUD-03|The audit rights in this Section do not extend to Provider's cloud providers.|MISSING",
          "AUD-06|The audit rights in this Section do not extend to Provider's cloud providers."
              + "|UNFAVOURABLE",
          "AUD-06|Provider will use reasonable efforts to obtain from its sub-processors details of"
              + " their processing of Customer Data on request.|PARTIAL",
          // Subprocessors reached only as far as they, or their contracts, allow.
          "AUD-06|Provider will hand over its hosting sub-processors' audit reports where the"
              + " sub-processors' contracts allow it.|PARTIAL",
          "AUD-06|乙は、再委託先が同意する範囲で、再委託先の監査報告書を甲に提出する。|PARTIAL",
          // Rights against subcontractors only procured on reasonable endeavours.
          "AUD-06|Provider will use commercially reasonable efforts to ensure that each"
              + " subcontractor gives Customer audit rights like those in this Section.|PARTIAL",
          // Remedial steps after an incident are not the remediation of audit findings.
          "AUD-07|After a data breach Provider shall report the remedial actions it has taken.|MISSING",
          // An external auditor's report handed over is evidence, not the buyer's auditor.
          "AUD-04|乙は、甲の求めに応じ、外部監査人による監査の報告書の写しを甲に提出する。|MISSING",
          // A copy of the certification's certificate handed over is evidence (AUD-02).
          "AUD-02|受託者は、委託者の求めがあるときは、ISMS認証の登録証の写しを委託者に交付する。|SATISFIED",
          // A signed statement confirming compliance with the data commitments.
          "AUD-09|Each year Provider shall deliver a statement signed by an officer confirming"
              + " compliance with the retention and no-training commitments of this Addendum.|SATISFIED",
          // Documents in lieu of audit that shut out the buyer's own auditors.
          "AUD-04|The reports above replace any audit, and Provider does not allow inspections by"
              + " Customer or Customer's external auditors.|UNFAVOURABLE"
        })
    void whoTheAuditReachesAndWhatFollowsItDecide(String item, String text, Outcome outcome) {
      assertOutcome(item, text, outcome);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider will assist a supervisory authority with an inspection to the extent required by"
              + " the laws applicable to Provider.",
          "乙は、監督官庁の検査について、乙に適用される法令上の義務がある場合に限り協力する。"
        })
    void cooperationWithRegulatorsOnlyAsTheVendorsLawRequiresIsUnfavourable(String text) {
      assertJudged("AUD-10", null, text, Outcome.UNFAVOURABLE, "AUD-10-ONLY-AS-REQUIRED");
    }
  }

  /** An auditor the vendor names inspects the vendor; it is no vendor audit of the customer. */
  @Test
  void anAuditorAppointedByTheVendorIsTheVendorsChoiceNotTheVendorAuditing() {
    assertJudged(
        "AUD-04",
        null,
        "Once a year an external auditor appointed by the Provider may examine the Provider's"
            + " records on the processing of Customer Data.",
        Outcome.UNFAVOURABLE,
        "AUD-04-VENDOR-PICKS-AUDITOR");
  }

  /** Translations of 再委託 say "re-consign" or "re-entrust": it is subcontracting. */
  @Test
  void reConsignmentIsSubcontracting() {
    assertOutcome(
        "IN-EXT-02",
        "The Contractor shall not re-consign any part of the work to a third party without the"
            + " prior written consent of the Client.",
        Outcome.SATISFIED);
    assertOutcome(
        "AUD-06",
        "The Contractor shall obtain from each re-entrustee a written report on its handling of"
            + " the Client's data and submit it to the Client.",
        Outcome.PARTIAL);
  }

  /** Human review by the vendor's consultants of sampled conversations is IN-USE-05's point. */
  @Test
  void consultantsReviewingSampledConversationsIsHumanReview() {
    assertOutcome(
        "IN-USE-05",
        "Provider's consultants may review samples of prompts and outputs to improve answer"
            + " quality.",
        Outcome.UNFAVOURABLE);
  }
}
