package jp.shinsa.infrastructure.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.judgment.DetectionKnowledge;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import org.junit.jupiter.api.Test;

class DetectionJsonReaderTest {

  private static final List<String> PRIORITY =
      List.of(
          "AUD-01",
          "AUD-02",
          "AUD-03",
          "AUD-04",
          "AUD-05",
          "AUD-06",
          "AUD-07",
          "AUD-08",
          "AUD-09",
          "AUD-10",
          "PI-04",
          "IN-USE-01",
          "IN-USE-02",
          "IN-USE-03",
          "IN-USE-04",
          "IN-USE-05",
          "IN-USE-06",
          "IN-USE-07",
          "IN-USE-08",
          "IN-USE-09",
          "IN-USE-10",
          "IN-USE-11",
          "IN-USE-12",
          "IN-USE-13",
          "IN-EXT-01",
          "IN-EXT-02",
          "IN-EXT-03",
          "IN-EXT-04",
          "IN-EXT-05",
          "IN-EXT-06",
          "IN-PRC-01",
          "IN-PRC-02",
          "IN-PRC-03",
          "IN-PRC-04",
          "IN-PRC-05");

  @Test
  void everyCatalogueItemHasDetectionKnowledge() {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    Catalogue catalogue = new CatalogueJsonReader().readBundled();
    assertEquals(List.of(), k.itemsWithoutKnowledge(catalogue));
  }

  @Test
  void everyPriorityItemHasItsOwnStanceRulesOrTraps() {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    for (String id : PRIORITY) {
      assertTrue(k.items().containsKey(id), id);
    }
    long withRules = PRIORITY.stream().filter(id -> !k.items().get(id).rules().isEmpty()).count();
    assertTrue(withRules >= 30, "priority items with item rules: " + withRules);
  }

  @Test
  void theGenericTableServesBothPolaritiesAndAllAdjustmentsExist() {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    assertFalse(k.generic().isEmpty());
    for (String role : List.of("exception", "externalReference", "missing", "noKnowledge")) {
      assertTrue(k.adjustment(role).id().startsWith("G-"), role);
    }
  }

  @Test
  void duplicateRuleIdsAreRejected() {
    var generic =
        Json.createReader(
                new StringReader(
                    """
                    {"generic": [
                      {"id": "X", "effect": "PARTIAL", "reason": {"ja": "a", "en": "a"}},
                      {"id": "X", "effect": "PARTIAL", "reason": {"ja": "b", "en": "b"}}],
                     "adjustments": {}}
                    """))
            .readObject();
    assertThrows(
        IllegalArgumentException.class, () -> DetectionJsonReader.read(generic, List.of()));
  }

  private static jakarta.json.JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static final String GENERIC =
      """
      {"generic": [], "adjustments": {}}
      """;

  private static String itemWith(String complete) {
    return """
        {"items": [{"id": "T-01", "polarity": "DO", "topic": ["納品"], "rules": [],
                    "complete": %s}]}
        """
        .formatted(complete);
  }

  @Test
  void completenessElementsAreReadWithTheirLabelsCuesAndSupplyingItems() {
    DetectionKnowledge k =
        DetectionJsonReader.read(
            json(GENERIC),
            List.of(
                json(
                    itemWith(
                        """
                        [{"name": "when", "label": {"ja": "期日", "en": "a date"},
                          "cues": ["\\\\d+日", "\\\\bby \\\\w+day"], "items": ["T-02"]}]
                        """))));
    var elements = k.items().get("T-01").complete();
    assertEquals(1, elements.size());
    var when = elements.get(0);
    assertEquals("when", when.name());
    assertEquals("a date", when.label().en());
    assertEquals(List.of("T-02"), when.items());
    assertTrue(when.foundIn("10日以内に納品する"));
    assertTrue(when.foundIn("deliver it by Monday"));
    assertFalse(when.foundIn("納品する"));
  }

  @Test
  void anItemWithoutCompletenessElementsHasNone() {
    DetectionKnowledge k =
        DetectionJsonReader.read(
            json(GENERIC),
            List.of(
                json(
                    "{\"items\": [{\"id\": \"T-01\", \"polarity\": \"DO\", \"topic\": [\"x\"]}]}")));
    assertTrue(k.items().get("T-01").complete().isEmpty());
  }

  @Test
  void completenessElementsNeedUniqueNamesCuesAndBothLabels() {
    for (String bad :
        List.of(
            """
            [{"name": "a", "label": {"ja": "甲", "en": "a"}, "cues": ["x"]},
             {"name": "a", "label": {"ja": "乙", "en": "b"}, "cues": ["y"]}]
            """,
            """
            [{"name": "a", "label": {"ja": "甲", "en": "a"}, "cues": []}]
            """,
            """
            [{"name": "a", "label": {"ja": "", "en": "a"}, "cues": ["x"]}]
            """)) {
      assertThrows(
          IllegalArgumentException.class,
          () -> DetectionJsonReader.read(json(GENERIC), List.of(json(itemWith(bad)))),
          bad);
    }
  }

  @Test
  void everyCompletenessElementOfTheBundledDataHasALabelInBothLanguages() {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    assertTrue(k.adjustment("incomplete").reason().en().contains("{missing}"));
    assertTrue(k.adjustment("incomplete").reason().ja().contains("{missing}"));
    long withElements = k.items().values().stream().filter(d -> !d.complete().isEmpty()).count();
    assertTrue(withElements >= 10, "audit and input-data items carry completeness elements");
    for (var d : k.items().values()) {
      for (var e : d.complete()) {
        for (String other : e.items()) {
          assertTrue(k.items().containsKey(other), d.itemId() + " names unknown " + other);
        }
      }
    }
  }

  @Test
  void mitigationsAreReadLikeElementsAndFoundInAnyOfTheTexts() {
    DetectionKnowledge k =
        DetectionJsonReader.read(
            json(GENERIC),
            List.of(
                json(
                    """
                    {"items": [{"id": "T-01", "polarity": "REFRAIN", "topic": ["共有"], "rules": [],
                      "mitigations": [{"name": "masked", "label": {"ja": "伏字", "en": "masked"},
                                       "cues": ["伏字", "masked"]}]}]}
                    """)));
    var d = k.items().get("T-01");
    assertTrue(d.complete().isEmpty());
    assertEquals(1, d.mitigations().size());
    assertEquals(
        "masked", d.mitigation(List.of("no bound here", "shared only when masked")).name());
    assertEquals(null, d.mitigation(List.of("shared in full")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DetectionJsonReader.read(
                json(GENERIC),
                List.of(
                    json(
                        """
                        {"items": [{"id": "T-01", "polarity": "DO", "topic": ["x"],
                          "mitigations": [{"name": "m", "label": {"ja": "", "en": "m"},
                                           "cues": ["y"]}]}]}
                        """))));
  }

  @Test
  void everyBundledMitigationHasBothLabelsAndTheAdjustmentNamesIt() {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    assertTrue(k.adjustment("mitigated").reason().en().contains("{mitigation}"));
    assertTrue(k.adjustment("mitigated").reason().ja().contains("{mitigation}"));
    long with = k.items().values().stream().filter(d -> !d.mitigations().isEmpty()).count();
    assertTrue(with >= 5, "the input-use, transfer, retention and audit items carry mitigations");
    for (var d : k.items().values()) {
      for (var m : d.mitigations()) {
        assertFalse(m.label().ja().isBlank() || m.label().en().isBlank(), d.itemId());
      }
    }
  }
}
