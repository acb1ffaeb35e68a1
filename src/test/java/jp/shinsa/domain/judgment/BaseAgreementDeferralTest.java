package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.shinsa.domain.contract.ParsedContract;
import org.junit.jupiter.api.Test;

/**
 * English documents made under another agreement (a work order under a framework, a variation of a
 * master agreement): "the Agreement" / "the Framework" is then a base contract the document does
 * not reproduce, and a point left to it is left to an outside document (PARTIAL under the labelling
 * guideline). In an ordinary contract "the Agreement" is the document itself. Also: documents that
 * stand in for the buyer's audit and inspection rights (phrases.json IN_LIEU_OF_AUDIT).
 */
class BaseAgreementDeferralTest {

  private static final String ENCRYPTION =
      "Provider shall keep Customer Data encrypted at rest and in transit and shall protect it";

  private static ParsedContract workOrder(String preamble, String security) {
    return en(
        article("1", "1", "Background", preamble),
        article("6", "6", "Security of Customer Data", security));
  }

  private static Outcome securityOutcome(String preamble, String security) {
    return judge(workOrder(preamble, security), "IN-USE-10").outcome();
  }

  @Test
  void aPointLeftToTheFrameworkOfAWorkOrderIsPartial() {
    assertEquals(
        Outcome.PARTIAL,
        securityOutcome(
            "This Work Order is placed by Customer with Provider under the framework agreement"
                + " between them dated 2 May 2024 (the \"Framework\").",
            ENCRYPTION + " as required by Section 14.2 of the Framework."));
  }

  @Test
  void aPointLeftToTheMasterAgreementDefinedAsSuchIsPartial() {
    assertEquals(
        Outcome.PARTIAL,
        securityOutcome(
            "\"Agreement\" means the master subscription agreement between Customer and Provider"
                + " dated 9 January 2023.",
            ENCRYPTION + " in accordance with the Agreement."));
  }

  @Test
  void aCaptionedClauseOfAnAbbreviatedMasterAgreementIsOutsideTheCallOff() {
    assertEquals(
        Outcome.PARTIAL,
        securityOutcome(
            "This Call-Off Contract is made under the master licence and services agreement"
                + " dated 4 June 2025 (the \"MLSA\").",
            ENCRYPTION + " as described in Clause 11 (Information Security) of the MLSA."));
  }

  @Test
  void inAnOrdinaryContractTheAgreementIsTheDocumentItself() {
    assertEquals(
        Outcome.SATISFIED,
        securityOutcome(
            "Customer wishes to use the Service on the terms of this Agreement.",
            ENCRYPTION + " in accordance with the Agreement."));
  }

  @Test
  void measuresAddedToThoseOfTheBaseAgreementStayTheDocumentsOwn() {
    assertEquals(
        Outcome.SATISFIED,
        securityOutcome(
            "This Variation amends the Master Services Agreement dated 1 July 2021 (the"
                + " \"Agreement\").",
            ENCRYPTION
                + " using the controls set out in Schedule 3 to the Agreement in addition to"
                + " multi-factor authentication."));
  }

  @Test
  void reportsAcceptedToSatisfyAuditAndInspectionRightsReplaceTheAudit() {
    assertJudged(
        "AUD-03",
        "Assurance",
        "The Customer accepts that Provider's current ISO 27001 certificate shall be sufficient to"
            + " satisfy the Customer's audit and inspection rights, and no on-site visit will be"
            + " permitted.",
        Outcome.UNFAVOURABLE,
        "AUD-03-REPORTS-IN-LIEU");
  }
}
