package jp.shinsa.domain.crosscheck;

import java.util.List;
import jp.shinsa.domain.questionnaire.Answer;
import jp.shinsa.domain.questionnaire.AnswerValue;
import jp.shinsa.domain.questionnaire.Question;
import jp.shinsa.domain.questionnaire.Questionnaire;

/**
 * A vendor's answer to a catalogue question, as the cross-check sees it. Decoupled from the
 * entities so that answers read from an imported submission package can be checked the same way.
 *
 * @param questionNumber number of the question in its questionnaire (0 if it has none)
 * @param itemId the catalogue item asked
 * @param answer the vendor's answer
 * @param explanation the vendor's explanation, or null
 */
public record AnsweredItem(
    int questionNumber, String itemId, AnswerValue answer, String explanation) {

  /** The answered catalogue questions of a questionnaire (own questions cannot be checked). */
  public static List<AnsweredItem> from(Questionnaire questionnaire) {
    return questionnaire.getQuestions().stream()
        .filter(q -> q.getItemId().isPresent())
        .filter(q -> q.getAnswer().map(Answer::getValue).isPresent())
        .map(AnsweredItem::of)
        .toList();
  }

  private static AnsweredItem of(Question q) {
    Answer a = q.getAnswer().orElseThrow();
    return new AnsweredItem(
        q.getNumber(), q.getItemId().orElseThrow(), a.getValue(), a.getExplanation());
  }
}
