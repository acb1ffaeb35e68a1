package jp.shinsa.domain.questionnaire;

import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.INVALID_QUESTION;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.REQUIRED_UNANSWERED;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.SELF_ASSESSMENT;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.WRONG_ORGANISATION;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.WRONG_STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A supplier answering the DS-920 questions in advance, for its own organisation only. */
class SelfAssessmentTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final long SUPPLIER = 20;
  private static final long AGENCY = 10;
  private static final long OTHER_SUPPLIER = 30;
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  /** Q1 DA-DATA-01 (required), Q2 DA-RISK-05 (optional). */
  private static Questionnaire preparing() {
    Questionnaire q =
        Questionnaire.selfAssessment(
            SUPPLIER, "令和9年度 生成AI入札準備", ProcurementModel.M1, CATALOGUE.version(), T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-RISK-05").orElseThrow(), false, T0);
    return q;
  }

  private static void assertViolation(Violation expected, Executable step) {
    QuestionnaireRuleException e = assertThrows(QuestionnaireRuleException.class, step);
    assertEquals(expected, e.violation(), e.getMessage());
  }

  @Test
  void theSupplierIsBothIssuerAndRespondentAndNoOtherOrganisationSeesIt() {
    Questionnaire q = preparing();

    assertTrue(q.isSelfAssessment());
    assertEquals(QuestionnaireKind.SELF_ASSESSMENT, q.getKind());
    assertEquals(SUPPLIER, q.getBuyerOrganisationId());
    assertEquals(SUPPLIER, q.getVendorOrganisationId());
    assertEquals(QuestionnaireStatus.PREPARING, q.getStatus());
    assertTrue(q.isVisibleTo(SUPPLIER));
    assertFalse(q.isVisibleTo(AGENCY));
    assertFalse(q.isVisibleTo(OTHER_SUPPLIER));
  }

  @Test
  void anAgencyQuestionnaireStillGoesFromOneOrganisationToAnother() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Questionnaire(
                SUPPLIER, SUPPLIER, "自分宛て", ProcurementModel.M1, CATALOGUE.version(), null, T0));
  }

  @Test
  void aSelfAssessmentIsNeverSentReviewedOrClosedByAnyone() {
    Questionnaire q = preparing();
    q.saveAnswer(SUPPLIER, 1, AnswerValue.YES, "学習に利用しません。", at(1));
    q.complete(SUPPLIER, "supplier.user", at(2));

    assertViolation(SELF_ASSESSMENT, () -> q.send(SUPPLIER, at(3)));
    assertViolation(
        SELF_ASSESSMENT,
        () -> q.decide(SUPPLIER, 1, OfficerDecision.ACCEPTED, null, "supplier.user", at(3)));
    assertViolation(SELF_ASSESSMENT, () -> q.completeReview(SUPPLIER, at(3)));
    assertViolation(SELF_ASSESSMENT, () -> q.close(SUPPLIER, at(3)));
    assertViolation(SELF_ASSESSMENT, () -> q.changeDueDate(SUPPLIER, LocalDate.now(), at(3)));
    assertViolation(SELF_ASSESSMENT, () -> q.send(AGENCY, at(3)));
    assertEquals(QuestionnaireStatus.COMPLETE, q.getStatus());
  }

  @Test
  void onlyItsOwnOrganisationAnswersCompletesOrReopensIt() {
    Questionnaire q = preparing();

    assertViolation(
        WRONG_ORGANISATION, () -> q.saveAnswer(OTHER_SUPPLIER, 1, AnswerValue.NO, null, at(1)));
    assertViolation(WRONG_ORGANISATION, () -> q.saveAnswer(AGENCY, 1, AnswerValue.NO, null, at(1)));
    q.saveAnswer(SUPPLIER, 1, AnswerValue.YES, null, at(1));
    assertViolation(WRONG_ORGANISATION, () -> q.complete(OTHER_SUPPLIER, "x", at(2)));
    q.complete(SUPPLIER, "supplier.user", at(2));
    assertViolation(WRONG_ORGANISATION, () -> q.reopen(AGENCY, at(3)));
    assertTrue(q.findQuestion(1).orElseThrow().getAnswer().orElseThrow().getExchange().size() == 1);
  }

  @Test
  void whilePreparingTheSupplierAddsItemsAndDropsOptionalOnesButKeepsEveryRequiredQuestion() {
    Questionnaire q = preparing();
    Question audit = q.addCatalogueQuestion(CATALOGUE.item("AUD-03").orElseThrow(), false, at(1));
    assertEquals(3, audit.getNumber());
    assertViolation(
        INVALID_QUESTION,
        () -> q.addCatalogueQuestion(CATALOGUE.item("AUD-03").orElseThrow(), false, at(2)));

    q.removeQuestion(2, at(3));
    assertViolation(INVALID_QUESTION, () -> q.removeQuestion(1, at(4)));
    assertEquals(
        java.util.List.of("DA-DATA-01", "AUD-03"),
        q.getQuestions().stream().map(x -> x.getItemId().orElseThrow()).toList());

    q.saveAnswer(SUPPLIER, 1, AnswerValue.PARTLY, "一部の機能では利用します。", at(5));
    q.complete(SUPPLIER, "supplier.user", at(6));
    assertViolation(
        WRONG_STATUS,
        () -> q.addCatalogueQuestion(CATALOGUE.item("AUD-04").orElseThrow(), false, at(7)));
    assertViolation(WRONG_STATUS, () -> q.removeQuestion(3, at(7)));
  }

  @Test
  void completionNeedsEveryRequiredAnswerAndFreezesAnswersUntilReopened() {
    Questionnaire q = preparing();
    q.saveAnswer(SUPPLIER, 2, AnswerValue.PARTLY, null, at(1));
    assertViolation(REQUIRED_UNANSWERED, () -> q.complete(SUPPLIER, "supplier.user", at(2)));

    q.saveAnswer(SUPPLIER, 1, AnswerValue.YES, "入力データは学習に使いません。", at(3));
    q.attachEvidence(
        SUPPLIER,
        1,
        EvidenceFile.of(
            "policy.txt",
            "データ取扱方針".getBytes(StandardCharsets.UTF_8),
            LocalDate.of(2026, 4, 1),
            null,
            EvidencePolicy.defaults(),
            at(3)),
        at(3));
    q.complete(SUPPLIER, "supplier.user", at(4));
    assertEquals(QuestionnaireStatus.COMPLETE, q.getStatus());
    assertViolation(WRONG_STATUS, () -> q.saveAnswer(SUPPLIER, 1, AnswerValue.NO, null, at(5)));

    q.reopen(SUPPLIER, at(6));
    q.saveAnswer(SUPPLIER, 1, AnswerValue.PARTLY, "一部の機能では利用します。", at(7));
    q.complete(SUPPLIER, "supplier.user", at(8));

    Answer a = q.findQuestion(1).orElseThrow().getAnswer().orElseThrow();
    assertEquals(AnswerValue.PARTLY, a.getValue());
    assertEquals(2, a.getExchange().size(), "each completion of a changed answer is a round");
    assertEquals(AnswerValue.YES, a.getExchange().get(0).getValue().orElseThrow());
    assertEquals("policy.txt", a.getExchange().get(0).getEvidence().get(0).getFileName());
    assertEquals(2, a.getExchange().get(1).getRound());
    Answer unchanged = q.findQuestion(2).orElseThrow().getAnswer().orElseThrow();
    assertEquals(1, unchanged.getExchange().size(), "an unchanged answer opens no new round");
  }

  @Test
  void theAgencySubmissionStepsDoNotApplyToASelfAssessmentNorItsStepsToAnAgencyQuestionnaire() {
    Questionnaire self = preparing();
    self.saveAnswer(SUPPLIER, 1, AnswerValue.YES, null, at(1));
    assertViolation(SELF_ASSESSMENT, () -> self.submit(SUPPLIER, "supplier.user", at(2)));

    Questionnaire agency =
        new Questionnaire(
            AGENCY, SUPPLIER, "調達", ProcurementModel.M1, CATALOGUE.version(), null, T0);
    agency.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, T0);
    agency.send(AGENCY, at(1));
    agency.saveAnswer(SUPPLIER, 1, AnswerValue.YES, null, at(2));
    assertViolation(SELF_ASSESSMENT, () -> agency.complete(SUPPLIER, "supplier.user", at(3)));
    assertViolation(SELF_ASSESSMENT, () -> agency.reopen(SUPPLIER, at(3)));
  }
}
