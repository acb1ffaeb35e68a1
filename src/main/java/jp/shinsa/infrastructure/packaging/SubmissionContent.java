package jp.shinsa.infrastructure.packaging;

import java.util.List;
import jp.shinsa.domain.judgment.ItemJudgment;

/**
 * The self-assessment itself (submission.json).
 *
 * @param judgments the checklist outcomes the supplier's own terms received, with evidence
 * @param answers the supplier's questionnaire answers
 */
public record SubmissionContent(List<ItemJudgment> judgments, List<SubmittedAnswer> answers) {

  public SubmissionContent {
    judgments = List.copyOf(judgments);
    answers = List.copyOf(answers);
  }
}
