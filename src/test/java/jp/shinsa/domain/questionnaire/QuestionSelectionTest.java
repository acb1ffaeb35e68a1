package jp.shinsa.domain.questionnaire;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.DaLevel;
import jp.shinsa.domain.checklist.HighRiskSheet;
import jp.shinsa.domain.checklist.HighRiskSheet.HighRiskAssessment;
import jp.shinsa.domain.checklist.ItemSource;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.questionnaire.QuestionSelection.ProposedQuestion;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.infrastructure.catalogue.HighRiskSheetReader;
import org.junit.jupiter.api.Test;

class QuestionSelectionTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final HighRiskSheet SHEET = new HighRiskSheetReader().readBundled();

  private static Map<String, Boolean> required(HighRiskAssessment assessment) {
    return QuestionSelection.digitalAgencyQuestions(CATALOGUE, ProcurementModel.M1, assessment)
        .stream()
        .collect(Collectors.toMap(p -> p.item().id(), ProposedQuestion::required));
  }

  @Test
  void proposesOnlyDigitalAgencyItemsWithBaselineRequired() {
    Map<String, Boolean> proposed = required(null);
    assertFalse(proposed.isEmpty());
    for (String id : proposed.keySet()) {
      assertTrue(id.startsWith("DA-"), id);
      boolean baseline = CATALOGUE.item(id).orElseThrow().daLevel() == DaLevel.BASELINE;
      assertTrue(proposed.get(id) == baseline, id);
    }
  }

  @Test
  void highRiskDeterminationMakesItsItemsRequired() {
    HighRiskAssessment highRisk = SHEET.assess(Map.of()); // unanswered counts as high-risk
    assertTrue(highRisk.potentiallyHighRisk());
    Map<String, Boolean> proposed = required(highRisk);
    List<String> brought = highRisk.requiredItems().stream().filter(proposed::containsKey).toList();
    assertFalse(brought.isEmpty());
    brought.forEach(id -> assertTrue(proposed.get(id), id));
    assertTrue(
        CATALOGUE.items().stream()
            .filter(i -> i.source() == ItemSource.DIGITAL_AGENCY)
            .filter(i -> i.daLevel() == DaLevel.HIGH_RISK)
            .filter(i -> proposed.containsKey(i.id()))
            .filter(i -> !required(null).get(i.id()))
            .anyMatch(i -> proposed.get(i.id())));
  }
}
