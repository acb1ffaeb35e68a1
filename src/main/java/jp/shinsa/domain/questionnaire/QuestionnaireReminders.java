package jp.shinsa.domain.questionnaire;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Decides which questionnaires the portal should remind people about. */
public final class QuestionnaireReminders {

  private QuestionnaireReminders() {}

  /** The questionnaires waiting for the vendor past their due date, most overdue first. */
  public static List<Questionnaire> overdue(Collection<Questionnaire> questionnaires, Instant now) {
    return questionnaires.stream()
        .filter(q -> q.isOverdueAt(now))
        .sorted(Comparator.comparing(Questionnaire::getDueDate))
        .toList();
  }
}
