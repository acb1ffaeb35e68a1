package jp.shinsa.application.questionnaire;

import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * What a supplier fills in to answer the DS-920 questions in advance for its own organisation.
 *
 * @param title what the self-assessment prepares (e.g. the tender)
 * @param model the procurement model the supplier will bid under (decides the DS-920 items)
 * @param highRisk the high-risk determination as the supplier expects the agency to make it:
 *     viewpoint code → option code (an unanswered viewpoint counts as high-risk)
 * @param extraItems further catalogue items (e.g. METI items) to answer, optional
 * @param contractId the supplier's own judged terms to cross-check the answers against, or null
 */
public record NewSelfAssessment(
    String title,
    ProcurementModel model,
    Map<String, String> highRisk,
    List<String> extraItems,
    Long contractId) {

  public NewSelfAssessment {
    highRisk = highRisk == null ? Map.of() : Map.copyOf(highRisk);
    extraItems = extraItems == null ? List.of() : List.copyOf(extraItems);
  }
}
