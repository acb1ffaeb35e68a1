package jp.shinsa.domain.crosscheck;

import java.time.LocalDate;
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
 * @param evidenceFiles the vendor's evidence for the answer, as "name (from–to)" labels
 */
public record AnsweredItem(
    int questionNumber,
    String itemId,
    AnswerValue answer,
    String explanation,
    List<String> evidenceFiles) {

  public AnsweredItem {
    evidenceFiles = List.copyOf(evidenceFiles);
  }

  /** An answer without evidence files. */
  public AnsweredItem(int questionNumber, String itemId, AnswerValue answer, String explanation) {
    this(questionNumber, itemId, answer, explanation, List.of());
  }

  /** How an evidence file is named next to a finding: its name and the period it covers. */
  public static String evidenceLabel(String fileName, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return fileName;
    }
    return fileName + " (" + (from == null ? "" : from) + "–" + (to == null ? "" : to) + ")";
  }

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
        q.getNumber(),
        q.getItemId().orElseThrow(),
        a.getValue(),
        a.getExplanation(),
        a.getEvidence().stream()
            .map(f -> evidenceLabel(f.getFileName(), f.getPeriodFrom(), f.getPeriodTo()))
            .toList());
  }
}
