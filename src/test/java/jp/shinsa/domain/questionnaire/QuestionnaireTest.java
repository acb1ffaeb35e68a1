package jp.shinsa.domain.questionnaire;

import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.CLARIFICATION_UNANSWERED;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.MISSING_REQUEST_TEXT;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.QUESTIONNAIRE_CLOSED;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.REQUIRED_UNANSWERED;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.UNKNOWN_QUESTION;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.WRONG_ORGANISATION;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.WRONG_STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class QuestionnaireTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final long BUYER = 10;
  private static final long VENDOR = 20;
  private static final long OTHER_VENDOR = 30;
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  /**
   * A sent questionnaire: Q1 DA-DATA-01 (required), Q2 DA-RISK-05 (required), Q3 own (optional).
   */
  private Questionnaire sent() {
    Questionnaire q =
        new Questionnaire(
            BUYER,
            VENDOR,
            "生成AIチャットサービス調達",
            ProcurementModel.M1,
            CATALOGUE.version(),
            LocalDate.of(2026, 11, 20),
            T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-RISK-05").orElseThrow(), true, T0);
    q.addOwnQuestion(new LocalizedText("ログの保存期間を教えてください。", ""), false, T0);
    q.send(BUYER, at(1));
    return q;
  }

  private static void assertViolation(Violation expected, Executable step) {
    QuestionnaireRuleException e = assertThrows(QuestionnaireRuleException.class, step);
    assertEquals(expected, e.violation(), e.getMessage());
  }

  @Test
  void fullRoundTripWithOneClarificationEndsAccepted() {
    Questionnaire q = sent();
    assertEquals(QuestionnaireStatus.SENT, q.getStatus());

    q.saveAnswer(VENDOR, 1, AnswerValue.YES, "入力データは学習に利用しません。", at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.PARTLY, "第三者監査報告書を提供します。", at(3));
    q.submit(VENDOR, "vendor.user", at(4));
    assertEquals(QuestionnaireStatus.SUBMITTED, q.getStatus());
    assertEquals(
        AnswerState.SUBMITTED,
        q.findQuestion(1).orElseThrow().getAnswer().orElseThrow().getState());

    q.decide(BUYER, 1, OfficerDecision.ACCEPTED, null, "officer.user", at(5));
    q.decide(
        BUYER, 2, OfficerDecision.CLARIFICATION_REQUESTED, "実地監査は可能ですか。", "officer.user", at(6));
    assertEquals(QuestionnaireStatus.CLARIFICATION_REQUESTED, q.completeReview(BUYER, at(7)));

    Answer second = q.findQuestion(2).orElseThrow().getAnswer().orElseThrow();
    assertEquals(Optional.of("実地監査は可能ですか。"), second.getOfficerRequest());
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, "年1回の実地監査に応じます。", at(8));
    q.submit(VENDOR, "vendor.user", at(9));
    assertEquals(QuestionnaireStatus.RESUBMITTED, q.getStatus());
    assertTrue(second.getDecision().isEmpty(), "a revised answer is reviewed afresh");
    assertEquals(1, second.getClarificationRounds());

    q.decide(BUYER, 2, OfficerDecision.ACCEPTED, null, "officer.user", at(10));
    assertEquals(QuestionnaireStatus.ACCEPTED, q.completeReview(BUYER, at(11)));
    assertEquals(AnswerValue.YES, second.getValue());
    assertEquals(Optional.of("実地監査は可能ですか。"), second.getOfficerRequest());
  }

  @Test
  void submissionRequiresEveryRequiredQuestionAndChangesNothingWhenRefused() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));

    assertViolation(REQUIRED_UNANSWERED, () -> q.submit(VENDOR, "vendor.user", at(3)));
    assertEquals(QuestionnaireStatus.SENT, q.getStatus());
    assertEquals(
        AnswerState.DRAFT, q.findQuestion(1).orElseThrow().getAnswer().orElseThrow().getState());
  }

  @Test
  void optionalOwnQuestionMayStayUnanswered() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.NO, null, at(2));
    q.submit(VENDOR, "vendor.user", at(3));
    assertEquals(QuestionnaireStatus.SUBMITTED, q.getStatus());
  }

  @Test
  void answersAfterClosingAreRefused() {
    Questionnaire q = sent();
    q.close(BUYER, at(2));
    assertViolation(
        QUESTIONNAIRE_CLOSED, () -> q.saveAnswer(VENDOR, 1, AnswerValue.YES, "late", at(3)));
    assertViolation(QUESTIONNAIRE_CLOSED, () -> q.submit(VENDOR, "vendor.user", at(3)));
    assertTrue(q.findQuestion(1).orElseThrow().getAnswer().isEmpty());
  }

  @Test
  void acceptedQuestionnaireIsFinalToo() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.user", at(3));
    q.decide(BUYER, 1, OfficerDecision.ACCEPTED, null, "officer.user", at(4));
    q.decide(BUYER, 2, OfficerDecision.ACCEPTED, null, "officer.user", at(4));
    q.completeReview(BUYER, at(5));
    assertViolation(
        QUESTIONNAIRE_CLOSED, () -> q.saveAnswer(VENDOR, 1, AnswerValue.NO, null, at(6)));
    assertViolation(QUESTIONNAIRE_CLOSED, () -> q.close(BUYER, at(6)));
  }

  @Test
  void answerToAQuestionThatIsNotInTheQuestionnaireIsRefused() {
    Questionnaire q = sent();
    assertViolation(UNKNOWN_QUESTION, () -> q.saveAnswer(VENDOR, 99, AnswerValue.YES, null, at(2)));
  }

  @Test
  void onlyTheVendorTheQuestionnaireWasSentToMayAnswer() {
    Questionnaire q = sent();
    assertViolation(
        WRONG_ORGANISATION, () -> q.saveAnswer(OTHER_VENDOR, 1, AnswerValue.YES, null, at(2)));
    assertViolation(WRONG_ORGANISATION, () -> q.saveAnswer(BUYER, 1, AnswerValue.YES, null, at(2)));
    assertViolation(WRONG_ORGANISATION, () -> q.submit(OTHER_VENDOR, "vendor.user", at(2)));
    assertTrue(q.findQuestion(1).orElseThrow().getAnswer().isEmpty());
  }

  @Test
  void onlyTheBuyerMaySendReviewAndClose() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.user", at(3));
    assertViolation(
        WRONG_ORGANISATION,
        () -> q.decide(VENDOR, 1, OfficerDecision.ACCEPTED, null, "officer.user", at(4)));
    assertViolation(WRONG_ORGANISATION, () -> q.close(OTHER_VENDOR, at(4)));
  }

  @Test
  void draftIsInvisibleToTheVendorAndCannotBeAnswered() {
    Questionnaire q =
        new Questionnaire(BUYER, VENDOR, "調達", ProcurementModel.M2, "2025.1", null, T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, T0);
    assertFalse(q.isVisibleTo(VENDOR));
    assertTrue(q.isVisibleTo(BUYER));
    assertFalse(q.isVisibleTo(OTHER_VENDOR));
    assertViolation(WRONG_STATUS, () -> q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(1)));
    q.send(BUYER, at(1));
    assertTrue(q.isVisibleTo(VENDOR));
    assertFalse(q.isVisibleTo(OTHER_VENDOR));
  }

  @Test
  void questionsChangeOnlyWhileDraftAndAnItemIsAskedOnce() {
    Questionnaire q =
        new Questionnaire(BUYER, VENDOR, "調達", ProcurementModel.M1, "2025.1", null, T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, T0);
    assertViolation(
        Violation.INVALID_QUESTION,
        () -> q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), false, T0));
    q.send(BUYER, at(1));
    assertViolation(
        WRONG_STATUS, () -> q.addOwnQuestion(new LocalizedText("追加", "extra"), false, at(2)));
  }

  @Test
  void emptyQuestionnaireCannotBeSent() {
    Questionnaire q =
        new Questionnaire(BUYER, VENDOR, "調達", ProcurementModel.M1, "2025.1", null, T0);
    assertViolation(Violation.INVALID_QUESTION, () -> q.send(BUYER, at(1)));
  }

  @Test
  void removedQuestionNumbersAreNotReused() {
    Questionnaire q =
        new Questionnaire(BUYER, VENDOR, "調達", ProcurementModel.M1, "2025.1", null, T0);
    q.addOwnQuestion(new LocalizedText("一", "one"), false, T0);
    q.addOwnQuestion(new LocalizedText("二", "two"), false, T0);
    q.removeQuestion(2, T0);
    q.addOwnQuestion(new LocalizedText("", "three"), false, T0);
    assertEquals(
        java.util.List.of(1, 3), q.getQuestions().stream().map(Question::getNumber).toList());
    assertTrue(q.findQuestion(2).isEmpty());
    assertEquals(
        new LocalizedText("three", "three"),
        q.findQuestion(3).orElseThrow().getOwnText().orElseThrow());
  }

  @Test
  void clarificationNeedsRequestTextAndOnlyQueriedAnswersMayChange() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.user", at(3));
    assertViolation(
        MISSING_REQUEST_TEXT,
        () ->
            q.decide(
                BUYER, 2, OfficerDecision.CLARIFICATION_REQUESTED, "  ", "officer.user", at(4)));
    q.decide(BUYER, 1, OfficerDecision.ACCEPTED, null, "officer.user", at(4));
    q.decide(
        BUYER, 2, OfficerDecision.CLARIFICATION_REQUESTED, "根拠資料を添付してください", "officer.user", at(4));
    q.completeReview(BUYER, at(5));

    assertViolation(WRONG_STATUS, () -> q.saveAnswer(VENDOR, 1, AnswerValue.NO, null, at(6)));
    assertViolation(CLARIFICATION_UNANSWERED, () -> q.submit(VENDOR, "vendor.user", at(6)));

    EvidenceFile report =
        EvidenceFile.of(
            "audit-2025.txt",
            "監査報告書 2025".getBytes(StandardCharsets.UTF_8),
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2026, 3, 31),
            EvidencePolicy.defaults(),
            at(7));
    q.attachEvidence(VENDOR, 2, report, at(7));
    q.submit(VENDOR, "vendor.user", at(8));
    assertEquals(QuestionnaireStatus.RESUBMITTED, q.getStatus());
    assertEquals(1, q.findQuestion(2).orElseThrow().getAnswer().orElseThrow().getEvidence().size());
  }

  @Test
  void reviewCannotCompleteWhileAnAnswerIsUndecided() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.user", at(3));
    q.decide(BUYER, 1, OfficerDecision.ACCEPTED, null, "officer.user", at(4));
    assertViolation(WRONG_STATUS, () -> q.completeReview(BUYER, at(5)));
    assertEquals(QuestionnaireStatus.SUBMITTED, q.getStatus());
  }

  @Test
  void evidenceNeedsAnAnswerFirst() {
    Questionnaire q = sent();
    EvidenceFile file =
        EvidenceFile.of(
            "note.txt",
            "x".getBytes(StandardCharsets.UTF_8),
            null,
            null,
            EvidencePolicy.defaults(),
            T0);
    assertViolation(WRONG_STATUS, () -> q.attachEvidence(VENDOR, 1, file, at(2)));
  }

  @Test
  void onlyTheBuyerMayExtendTheDueDateAndAnExtensionEndsTheReminder() {
    Questionnaire q = sent(); // due 2026-11-20
    Instant late = Instant.parse("2026-11-22T00:00:00Z");
    assertTrue(q.isOverdueAt(late));
    assertViolation(
        WRONG_ORGANISATION, () -> q.changeDueDate(VENDOR, LocalDate.of(2026, 12, 31), late));
    q.changeDueDate(BUYER, LocalDate.of(2026, 11, 30), late);
    assertFalse(q.isOverdueAt(late));
  }

  @Test
  void isOverdueFromTheDayAfterTheDueDateInJapan() {
    Questionnaire q = sent(); // due 2026-11-20
    assertFalse(q.isOverdueAt(Instant.parse("2026-11-20T14:59:59Z"))); // 23:59:59 JST on the 20th
    assertTrue(q.isOverdueAt(Instant.parse("2026-11-20T15:00:00Z"))); // 00:00 JST on the 21st
  }
}
