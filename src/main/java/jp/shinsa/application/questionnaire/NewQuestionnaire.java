package jp.shinsa.application.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * What an officer fills in to start a questionnaire.
 *
 * @param vendorOrganisationId the vendor company asked
 * @param title the procurement's title
 * @param model the procurement model (decides which DS-920 items apply)
 * @param dueDate last day (JST) for the answers, or null
 * @param highRisk the high-risk determination: viewpoint code → option code (an unanswered
 *     viewpoint counts as high-risk)
 * @param extraItems further catalogue items to ask (e.g. METI items), optional for the vendor
 * @param ownQuestions the officer's own questions, required
 */
public record NewQuestionnaire(
    long vendorOrganisationId,
    String title,
    ProcurementModel model,
    LocalDate dueDate,
    Map<String, String> highRisk,
    List<String> extraItems,
    List<LocalizedText> ownQuestions) {

  public NewQuestionnaire {
    highRisk = highRisk == null ? Map.of() : Map.copyOf(highRisk);
    extraItems = extraItems == null ? List.of() : List.copyOf(extraItems);
    ownQuestions = ownQuestions == null ? List.of() : List.copyOf(ownQuestions);
  }
}
