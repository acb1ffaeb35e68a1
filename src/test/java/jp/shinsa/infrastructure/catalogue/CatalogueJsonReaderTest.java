package jp.shinsa.infrastructure.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shinsa.domain.checklist.Applicability;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.Confirmation;
import jp.shinsa.domain.checklist.DaLevel;
import jp.shinsa.domain.checklist.EvidenceKind;
import jp.shinsa.domain.checklist.ItemSource;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import org.junit.jupiter.api.Test;

class CatalogueJsonReaderTest {

  /** The METI index of the reference note (§12), with GEN-01..05 expanded (§10). */
  private static final List<String> METI_IDS =
      List.of(
          "IN-IDN-01",
          "IN-IDN-02",
          "IN-IDN-03",
          "IN-IDN-04",
          "IN-PRV-01",
          "IN-PRV-02",
          "IN-PRV-03",
          "IN-PRV-04",
          "IN-PRV-05",
          "IN-PRV-06",
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
          "IN-OWN-01",
          "IN-OWN-02",
          "IN-OWN-03",
          "IN-PRC-01",
          "IN-PRC-02",
          "IN-PRC-03",
          "IN-PRC-04",
          "IN-PRC-05",
          "OUT-IDN-01",
          "OUT-IDN-02",
          "OUT-PRV-01",
          "OUT-PRV-02",
          "OUT-PRV-03",
          "OUT-PRV-04",
          "OUT-PRV-05",
          "OUT-USE-01",
          "OUT-USE-02",
          "OUT-USE-03",
          "OUT-USE-04",
          "OUT-USE-05",
          "OUT-USE-06",
          "OUT-USE-07",
          "OUT-EXT-01",
          "OUT-EXT-02",
          "OUT-EXT-03",
          "OUT-OWN-01",
          "OUT-OWN-02",
          "OUT-OWN-03",
          "OUT-OWN-04",
          "OUT-PRC-01",
          "OUT-PRC-02",
          "OUT-PRC-03",
          "OUT-PRC-04",
          "OUT-LIA-01",
          "OUT-LIA-02",
          "OUT-LIA-03",
          "OUT-LIA-04",
          "PI-01",
          "PI-02",
          "PI-03",
          "PI-04",
          "PI-05",
          "PI-06",
          "PI-07",
          "PI-08",
          "SEC-01",
          "SEC-02",
          "SEC-03",
          "SEC-04",
          "SEC-05",
          "SEC-06",
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
          "GEN-01",
          "GEN-02",
          "GEN-03",
          "GEN-04",
          "GEN-05");

  /** The DS-920 items of the Digital Agency note (§2.3 A–E). */
  private static final List<String> DA_IDS =
      List.of(
          "DA-GOV-01",
          "DA-GOV-02",
          "DA-GOV-03",
          "DA-GOV-04",
          "DA-GOV-05",
          "DA-GOV-06",
          "DA-DATA-01",
          "DA-DATA-02",
          "DA-DATA-03",
          "DA-DATA-04",
          "DA-DATA-05",
          "DA-DATA-06",
          "DA-DATA-07",
          "DA-DATA-08",
          "DA-DATA-09",
          "DA-DATA-10",
          "DA-OUT-01",
          "DA-OUT-02",
          "DA-OUT-03",
          "DA-OUT-04",
          "DA-OUT-05",
          "DA-OUT-06",
          "DA-OUT-07",
          "DA-OUT-08",
          "DA-RISK-01",
          "DA-RISK-02",
          "DA-RISK-03",
          "DA-RISK-04",
          "DA-RISK-05",
          "DA-RISK-06",
          "DA-RISK-07",
          "DA-RISK-08",
          "DA-CON-01",
          "DA-CON-02",
          "DA-CON-03",
          "DA-CON-04",
          "DA-CON-05",
          "DA-CON-06",
          "DA-CON-07",
          "DA-CON-08",
          "DA-CON-09",
          "DA-CON-10");

  private final CatalogueJsonReader reader = new CatalogueJsonReader();

  private static Map<ProcurementModel, Severity> severities(Severity m1, Severity m2, Severity m3) {
    return Map.of(ProcurementModel.M1, m1, ProcurementModel.M2, m2, ProcurementModel.M3, m3);
  }

  private Catalogue read(String json) {
    return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private List<CatalogueError> errorsReading(String json) {
    return assertThrows(CatalogueValidationException.class, () -> read(json)).errors();
  }

  @Test
  void bundledCatalogueHoldsExactlyTheMetiIndexAndTheDs920ItemsInOrder() {
    Catalogue catalogue = reader.readBundled();

    List<String> ids = catalogue.items().stream().map(ChecklistItem::id).toList();
    List<String> expected = new ArrayList<>(METI_IDS);
    expected.addAll(DA_IDS);
    assertEquals(expected, ids);
    assertEquals("2025.1", catalogue.version());
  }

  @Test
  void everyBundledItemHasBothLanguagesAndAKnownGroupWithTheSameSource() {
    Catalogue catalogue = reader.readBundled();

    for (ChecklistItem item : catalogue.items()) {
      assertFalse(item.title().ja().isBlank(), item.id());
      assertFalse(item.question().en().isBlank(), item.id());
      assertEquals(item.source(), catalogue.group(item.group()).orElseThrow().source(), item.id());
      assertTrue(item.id().startsWith(item.group() + "-"), item.id());
    }
  }

  @Test
  void metiItemsCarryTheirReferenceSectionAndDs920ItemsTheirLevelAndEvidence() {
    Catalogue catalogue = reader.readBundled();

    assertEquals("§5.3", catalogue.item("IN-USE-02").orElseThrow().referenceSection());
    assertEquals("§8", catalogue.item("AUD-07").orElseThrow().referenceSection());
    for (ChecklistItem item : catalogue.items()) {
      if (item.source() == ItemSource.METI) {
        assertTrue(item.referenceSection().startsWith("§"), item.id());
      } else {
        assertTrue(item.daLevel() != null && !item.evidenceKinds().isEmpty(), item.id());
        for (ProcurementModel model : ProcurementModel.values()) {
          assertEquals(Applicability.CORE, item.applicabilityFor(model), item.id());
        }
      }
    }
    ChecklistItem dataTwo = catalogue.item("DA-DATA-02").orElseThrow();
    assertEquals(DaLevel.HIGH_RISK, dataTwo.daLevel());
    assertEquals(Set.of(EvidenceKind.DOC, EvidenceKind.TEST), dataTwo.evidenceKinds());
    assertEquals(DaLevel.BASELINE, catalogue.item("DA-GOV-06").orElseThrow().daLevel());
    assertEquals(DaLevel.RECOMMENDED, catalogue.item("DA-GOV-04").orElseThrow().daLevel());
  }

  @Test
  void trainingUseAndOnSiteAuditHaveTheSeveritiesOfSection11_2() {
    Catalogue catalogue = reader.readBundled();

    assertEquals(
        severities(Severity.HIGH, Severity.HIGH, Severity.MEDIUM),
        catalogue.item("IN-USE-02").orElseThrow().severity());
    assertEquals(
        severities(Severity.LOW, Severity.HIGH, Severity.HIGH),
        catalogue.item("AUD-03").orElseThrow().severity());
  }

  @Test
  void otherAuditItemsFollowPriorityAndDropOneStepWhereOnlyPartlyApplicable() {
    Catalogue catalogue = reader.readBundled();

    assertEquals(
        severities(Severity.MEDIUM, Severity.HIGH, Severity.HIGH),
        catalogue.item("AUD-01").orElseThrow().severity());
    assertEquals(
        severities(Severity.HIGH, Severity.HIGH, Severity.HIGH),
        catalogue.item("AUD-07").orElseThrow().severity());
    assertEquals(
        severities(Severity.LOW, Severity.LOW, Severity.LOW),
        catalogue.item("AUD-08").orElseThrow().severity());
    ChecklistItem independentAuditor = catalogue.item("AUD-04").orElseThrow();
    assertFalse(independentAuditor.appliesTo(ProcurementModel.M1));
    assertEquals(Severity.MEDIUM, independentAuditor.severityFor(ProcurementModel.M2));
  }

  @Test
  void modelColumnOfTheIndexDecidesApplicability() {
    Catalogue catalogue = reader.readBundled();

    ChecklistItem upstream = catalogue.item("IN-EXT-03").orElseThrow();
    assertEquals(Applicability.PARTIAL, upstream.applicabilityFor(ProcurementModel.M1));
    assertEquals(Applicability.CORE, upstream.applicabilityFor(ProcurementModel.M2));
    assertEquals(Applicability.NONE, upstream.applicabilityFor(ProcurementModel.M3));
    ChecklistItem termChange = catalogue.item("IN-USE-12").orElseThrow();
    assertEquals(Applicability.CORE, termChange.applicabilityFor(ProcurementModel.M1));
    assertEquals(Applicability.PARTIAL, termChange.applicabilityFor(ProcurementModel.M3));
    assertEquals(1, catalogue.item("IN-USE-08").orElseThrow().priority());
    assertEquals(2, catalogue.item("GEN-03").orElseThrow().priority());
    assertEquals(Confirmation.CONFIRMED, catalogue.item("PI-04").orElseThrow().confirmation());
    assertEquals(
        Confirmation.RECONSTRUCTED, catalogue.item("OUT-LIA-01").orElseThrow().confirmation());
    assertEquals(
        Confirmation.HEADING_CONFIRMED, catalogue.item("IN-USE-07").orElseThrow().confirmation());
  }

  @Test
  void writingAndReadingBackGivesAnEqualCatalogue() {
    Catalogue original = reader.readBundled();

    String json = reader.toJson(original);
    Catalogue reread = read(json);

    assertEquals(original, reread);
    assertEquals(json, reader.toJson(reread));
  }

  @Test
  void malformedJsonGivesOneErrorWithLineAndColumn() {
    List<CatalogueError> errors = errorsReading("{\n  \"version\": \"2025.1\",\n  \"items\": [\n}");

    assertEquals(1, errors.size());
    assertTrue(errors.get(0).location().startsWith("line 4"), errors.get(0).location());
    assertTrue(errors.get(0).message().startsWith("malformed JSON"));
  }

  @Test
  void aFileWithSeveralProblemsReportsThemAllWithTheirLocations() {
    String json =
        """
        {"effectiveDate": "2025-05-27", "sourceNote": {"ja": "注", "en": "Note"},
         "groups": [{"code": "AUD", "source": "METI", "title": {"ja": "監査", "en": "Audit"}}],
         "items": [
           {"id": "AUD-01", "source": "METI", "group": "AUD",
            "title": {"ja": "報告徴求"}, "question": {"ja": "問", "en": "Q"},
            "applicability": {"M1": "CORE", "M9": "CORE"}, "priority": 4,
            "confirmation": "CONFIRMED"},
           {"id": "AUD-01", "source": "METI", "group": "AUDIT",
            "title": {"ja": "題", "en": "T"}, "question": {"ja": "問", "en": "Q"},
            "applicability": {"M1": "CORE"}, "priority": 1, "severity": {"M1": "SEVERE"},
            "confirmation": "CONFIRMED"}
         ]}
        """;

    Set<String> locations =
        errorsReading(json).stream().map(CatalogueError::location).collect(Collectors.toSet());

    assertEquals(
        Set.of(
            "version",
            "items[0].title.en",
            "items[0].applicability.M9",
            "items[0].priority",
            "items[1].id",
            "items[1].group",
            "items[1].severity.M1"),
        locations);
  }

  @Test
  void aRevisedFileMayAddAndDropItemsAndGroupsWithoutCodeChanges() {
    String json =
        """
        {"version": "2026.1", "effectiveDate": "2026-04-01",
         "sourceNote": {"ja": "公式版", "en": "Official"},
         "groups": [{"code": "NEW", "source": "METI", "title": {"ja": "新", "en": "New"}}],
         "items": [
           {"id": "NEW-01", "source": "METI", "group": "NEW",
            "title": {"ja": "題", "en": "T"}, "question": {"ja": "問", "en": "Q"},
            "applicability": {"M3": "CORE"}, "priority": 3, "confirmation": "CONFIRMED"}
         ]}
        """;

    Catalogue catalogue = read(json);

    assertEquals(List.of("NEW-01"), catalogue.items().stream().map(ChecklistItem::id).toList());
    assertTrue(catalogue.itemsFor(ProcurementModel.M1).isEmpty());
    assertEquals(1, catalogue.itemsFor(ProcurementModel.M3).size());
  }
}
