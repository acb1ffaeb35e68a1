package jp.shinsa.domain.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import org.junit.jupiter.api.Test;

class QuestionnaireRemindersTest {

  private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z"); // noon JST, 21 Nov

  private static Questionnaire sentDue(String title, LocalDate due) {
    Questionnaire q =
        new Questionnaire(1, 2, title, ProcurementModel.M1, "2025.1", due, Instant.EPOCH);
    q.addOwnQuestion(new LocalizedText("質問", "question"), true, Instant.EPOCH);
    q.send(1, Instant.EPOCH);
    return q;
  }

  @Test
  void remindsAboutOpenQuestionnairesPastTheirDueDateMostOverdueFirst() {
    Questionnaire yesterday = sentDue("yesterday", LocalDate.of(2026, 11, 20));
    Questionnaire lastWeek = sentDue("last week", LocalDate.of(2026, 11, 14));
    Questionnaire today = sentDue("today", LocalDate.of(2026, 11, 21));
    Questionnaire noDueDate = sentDue("none", null);
    Questionnaire closed = sentDue("closed", LocalDate.of(2026, 11, 1));
    closed.close(1, Instant.EPOCH);
    Questionnaire submitted = sentDue("submitted", LocalDate.of(2026, 11, 1));
    submitted.saveAnswer(2, 1, AnswerValue.YES, null, Instant.EPOCH);
    submitted.submit(2, "vendor.user", Instant.EPOCH);

    assertEquals(
        List.of(lastWeek, yesterday),
        QuestionnaireReminders.overdue(
            List.of(yesterday, lastWeek, today, noDueDate, closed, submitted), NOW));
  }
}
