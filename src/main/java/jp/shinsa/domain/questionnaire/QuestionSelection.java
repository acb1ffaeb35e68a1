package jp.shinsa.domain.questionnaire;

import java.time.Instant;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.DaLevel;
import jp.shinsa.domain.checklist.HighRiskSheet.HighRiskAssessment;
import jp.shinsa.domain.checklist.ItemSource;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * Proposes the DS-920 questions for a procurement. Baseline items are always required; items the
 * high-risk determination brings in become required; the rest are offered as optional so the
 * officer can keep or drop them.
 */
public final class QuestionSelection {

  /** A catalogue item proposed as a question. */
  public record ProposedQuestion(ChecklistItem item, boolean required) {}

  private QuestionSelection() {}

  public static List<ProposedQuestion> digitalAgencyQuestions(
      Catalogue catalogue, ProcurementModel model, HighRiskAssessment assessment) {
    return catalogue.itemsFor(model).stream()
        .filter(i -> i.source() == ItemSource.DIGITAL_AGENCY)
        .map(i -> new ProposedQuestion(i, isRequired(i, assessment)))
        .toList();
  }

  static boolean isRequired(ChecklistItem item, HighRiskAssessment assessment) {
    return item.daLevel() == DaLevel.BASELINE
        || (assessment != null && assessment.requiredItems().contains(item.id()));
  }

  /** Adds every proposed question to a draft questionnaire. */
  public static void addAll(
      Questionnaire questionnaire, List<ProposedQuestion> proposed, Instant now) {
    proposed.forEach(p -> questionnaire.addCatalogueQuestion(p.item(), p.required(), now));
  }
}
