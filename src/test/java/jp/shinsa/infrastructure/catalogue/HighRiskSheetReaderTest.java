package jp.shinsa.infrastructure.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.DaLevel;
import jp.shinsa.domain.checklist.HighRiskSheet;
import jp.shinsa.domain.checklist.HighRiskSheet.HighRiskAssessment;
import org.junit.jupiter.api.Test;

class HighRiskSheetReaderTest {

  private final HighRiskSheet sheet = new HighRiskSheetReader().readBundled();

  private static final Map<String, String> LOW_RISK_ANSWERS =
      Map.of(
          "USERS", "STAFF_ONLY",
          "WORK_NATURE", "INTERNAL_SUPPORT",
          "CONFIDENTIAL_DATA", "NONE",
          "STAFF_JUDGMENT", "STAFF_REVIEWS");

  @Test
  void bundledSheetHasTheFourDs920Viewpoints() {
    assertEquals(
        List.of("USERS", "WORK_NATURE", "CONFIDENTIAL_DATA", "STAFF_JUDGMENT"),
        sheet.viewpoints().stream().map(HighRiskSheet.Viewpoint::code).toList());
  }

  @Test
  void everyItemTheSheetCanRequireExistsInTheCatalogueAsADs920Item() {
    Catalogue catalogue = new CatalogueJsonReader().readBundled();
    Set<String> mentioned = new java.util.HashSet<>(sheet.requiredWhenHighRisk());
    sheet.viewpoints().forEach(v -> v.options().forEach(o -> mentioned.addAll(o.requires())));

    for (String id : mentioned) {
      assertTrue(catalogue.item(id).isPresent(), id);
    }
    for (String id : sheet.requiredWhenHighRisk()) {
      assertTrue(
          catalogue.item(id).orElseThrow().daLevel() != DaLevel.RECOMMENDED, id + " is optional");
    }
  }

  @Test
  void staffOnlyInternalSupportWithReviewIsNotHighRisk() {
    HighRiskAssessment result = sheet.assess(LOW_RISK_ANSWERS);

    assertFalse(result.potentiallyHighRisk());
    assertTrue(result.requiredItems().isEmpty());
  }

  @Test
  void outputUsedWithoutStaffJudgmentMakesTheProjectHighRiskAndAddsTheRiskItems() {
    Map<String, String> answers = new java.util.HashMap<>(LOW_RISK_ANSWERS);
    answers.put("STAFF_JUDGMENT", "USED_WITHOUT_REVIEW");

    HighRiskAssessment result = sheet.assess(answers);

    assertTrue(result.potentiallyHighRisk());
    assertEquals(List.of("STAFF_JUDGMENT"), result.triggeredBy());
    assertTrue(result.requiredItems().containsAll(sheet.requiredWhenHighRisk()));
  }

  @Test
  void anUnansweredViewpointCountsAsHighRisk() {
    Map<String, String> answers = new java.util.HashMap<>(LOW_RISK_ANSWERS);
    answers.remove("USERS");

    HighRiskAssessment result = sheet.assess(answers);

    assertTrue(result.potentiallyHighRisk());
    assertEquals(List.of("USERS"), result.unanswered());
  }

  @Test
  void aLowRiskAnswerCanStillBringInItsOwnItems() {
    Map<String, String> answers = new java.util.HashMap<>(LOW_RISK_ANSWERS);
    answers.put("CONFIDENTIAL_DATA", "INPUT_ONLY");

    HighRiskAssessment result = sheet.assess(answers);

    assertFalse(result.potentiallyHighRisk());
    assertEquals(List.of("DA-DATA-08"), result.requiredItems());
  }

  @Test
  void unknownOptionCodesAreRefused() {
    Map<String, String> answers = new java.util.HashMap<>(LOW_RISK_ANSWERS);
    answers.put("USERS", "EVERYONE");

    assertThrows(IllegalArgumentException.class, () -> sheet.assess(answers));
  }

  @Test
  void aBrokenSheetIsRejectedWithEveryProblem() {
    String json =
        """
        {"version": "x", "sourceNote": {"ja": "注", "en": "Note"},
         "viewpoints": [
           {"code": "A", "title": {"ja": "題"}, "question": {"ja": "問", "en": "Q"},
            "options": [{"code": "Y", "label": {"ja": "は", "en": "y"}, "highRisk": "yes"}]},
           {"code": "A", "title": {"ja": "題", "en": "T"}, "question": {"ja": "問", "en": "Q"},
            "options": []}
         ],
         "requiredWhenHighRisk": []}
        """;

    List<CatalogueError> errors =
        assertThrows(
                CatalogueValidationException.class,
                () ->
                    new HighRiskSheetReader()
                        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
            .errors();

    assertEquals(
        Set.of(
            "viewpoints[0].title.en",
            "viewpoints[0].options[0].highRisk",
            "viewpoints[1].code",
            "viewpoints[1].options"),
        errors.stream().map(CatalogueError::location).collect(Collectors.toSet()));
  }
}
