package jp.shinsa.infrastructure.packaging;

import java.util.List;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.questionnaire.AnswerValue;

/**
 * A questionnaire answer as it travels in a package.
 *
 * @param questionNumber question number in the questionnaire (or the supplier's own order)
 * @param itemId the catalogue item asked, or null for a free-text question
 * @param question the question's wording, ja/en
 * @param answer the supplier's answer
 * @param explanation the supplier's explanation, or null
 * @param evidence files that back the answer
 */
public record SubmittedAnswer(
    int questionNumber,
    String itemId,
    LocalizedText question,
    AnswerValue answer,
    String explanation,
    List<EvidenceRef> evidence) {

  public SubmittedAnswer {
    evidence = List.copyOf(evidence);
  }
}
