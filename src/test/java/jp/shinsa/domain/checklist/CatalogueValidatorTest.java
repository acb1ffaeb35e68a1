package jp.shinsa.domain.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueValidatorTest {

  private final CatalogueValidator validator = new CatalogueValidator();

  private static Map<String, Object> text(String ja, String en) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("ja", ja);
    t.put("en", en);
    return t;
  }

  private static Map<String, Object> item(String id, String group) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.put("source", "METI");
    item.put("group", group);
    item.put("title", text("題名", "Title"));
    item.put("question", text("質問", "Question"));
    Map<String, Object> applicability = new LinkedHashMap<>();
    applicability.put("M1", "PARTIAL");
    applicability.put("M2", "CORE");
    applicability.put("M3", "NONE");
    item.put("applicability", applicability);
    item.put("priority", BigDecimal.ONE);
    Map<String, Object> severity = new LinkedHashMap<>();
    severity.put("M1", "MEDIUM");
    severity.put("M2", "HIGH");
    item.put("severity", severity);
    item.put("confirmation", "HEADING_CONFIRMED");
    item.put("referenceSection", "§8");
    return item;
  }

  private static Map<String, Object> daItem(String id, String group) {
    Map<String, Object> item = item(id, group);
    item.put("source", "DIGITAL_AGENCY");
    item.put("level", "HIGH_RISK");
    item.put("evidence", new ArrayList<>(List.of("DOC", "TEST")));
    item.remove("referenceSection");
    return item;
  }

  private static Map<String, Object> group(String code, String source) {
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("code", code);
    group.put("source", source);
    group.put("title", text("見出し", "Heading"));
    return group;
  }

  private static Map<String, Object> validDocument() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("version", "2025.1");
    doc.put("effectiveDate", "2025-05-27");
    doc.put("sourceNote", text("注記", "Note"));
    doc.put(
        "groups", new ArrayList<>(List.of(group("AUD", "METI"), group("DA-X", "DIGITAL_AGENCY"))));
    doc.put(
        "items",
        new ArrayList<>(
            List.of(item("AUD-01", "AUD"), item("AUD-02", "AUD"), daItem("DA-X-01", "DA-X"))));
    return doc;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> itemAt(Map<String, Object> doc, int index) {
    return (Map<String, Object>) ((List<Object>) doc.get("items")).get(index);
  }

  private List<CatalogueError> errorsFor(Map<String, Object> doc) {
    return validator.validate(doc);
  }

  private static void assertSingleError(List<CatalogueError> errors, String location) {
    assertEquals(
        1, errors.size(), () -> "expected one error at " + location + " but got " + errors);
    assertEquals(location, errors.get(0).location());
  }

  @Test
  void aConsistentDocumentBuildsTheCatalogueWithAllFields() {
    Catalogue catalogue = validator.toCatalogue(validDocument());

    assertEquals("2025.1", catalogue.version());
    assertEquals(LocalDate.of(2025, 5, 27), catalogue.effectiveDate());
    assertEquals(new LocalizedText("注記", "Note"), catalogue.sourceNote());
    assertEquals(2, catalogue.groups().size());
    ChecklistItem aud = catalogue.item("AUD-01").orElseThrow();
    assertEquals(Applicability.PARTIAL, aud.applicabilityFor(ProcurementModel.M1));
    assertEquals(Applicability.NONE, aud.applicabilityFor(ProcurementModel.M3));
    assertEquals(Severity.HIGH, aud.severityFor(ProcurementModel.M2));
    assertEquals("§8", aud.referenceSection());
    ChecklistItem da = catalogue.item("DA-X-01").orElseThrow();
    assertEquals(DaLevel.HIGH_RISK, da.daLevel());
    assertEquals(java.util.Set.of(EvidenceKind.DOC, EvidenceKind.TEST), da.evidenceKinds());
    assertEquals(
        List.of("AUD-01", "AUD-02"),
        catalogue.itemsIn("AUD").stream().map(ChecklistItem::id).toList());
    assertTrue(validator.validate(validDocument()).isEmpty());
  }

  @Test
  void duplicateItemIdIsReportedAtTheSecondOccurrence() {
    Map<String, Object> doc = validDocument();
    itemAt(doc, 1).put("id", "AUD-01");

    List<CatalogueError> errors = errorsFor(doc);

    assertSingleError(errors, "items[1].id");
    assertTrue(errors.get(0).message().contains("duplicate"));
  }

  @Test
  void unknownModelCodeIsReportedWithItsKey() {
    Map<String, Object> doc = validDocument();
    @SuppressWarnings("unchecked")
    Map<String, Object> applicability = (Map<String, Object>) itemAt(doc, 0).get("applicability");
    applicability.put("M4", "CORE");

    assertSingleError(errorsFor(doc), "items[0].applicability.M4");
  }

  @Test
  void unknownApplicabilitySeverityAndLevelValuesAreEachReported() {
    Map<String, Object> doc = validDocument();
    @SuppressWarnings("unchecked")
    Map<String, Object> applicability = (Map<String, Object>) itemAt(doc, 0).get("applicability");
    applicability.put("M2", "MANDATORY");
    @SuppressWarnings("unchecked")
    Map<String, Object> severity = (Map<String, Object>) itemAt(doc, 1).get("severity");
    severity.put("M1", "CRITICAL");
    itemAt(doc, 2).put("level", "BASE");

    List<String> locations = errorsFor(doc).stream().map(CatalogueError::location).toList();

    assertEquals(
        List.of("items[0].applicability.M2", "items[1].severity.M1", "items[2].level"), locations);
  }

  @Test
  void missingJapaneseOrEnglishTextIsReportedForTitlesQuestionsAndGroups() {
    Map<String, Object> doc = validDocument();
    itemAt(doc, 0).put("title", text("題名", null));
    @SuppressWarnings("unchecked")
    Map<String, Object> question = (Map<String, Object>) itemAt(doc, 1).get("question");
    question.put("ja", " ");
    @SuppressWarnings("unchecked")
    Map<String, Object> firstGroup =
        (Map<String, Object>) ((List<Object>) doc.get("groups")).get(0);
    firstGroup.remove("title");

    List<String> locations = errorsFor(doc).stream().map(CatalogueError::location).toList();

    assertEquals(
        List.of("groups[0].title", "items[0].title.en", "items[1].question.ja"), locations);
  }

  @Test
  void itemReferringToAnUnknownGroupIsReported() {
    Map<String, Object> doc = validDocument();
    itemAt(doc, 1).put("group", "AUDIT");

    List<CatalogueError> errors = errorsFor(doc);

    assertSingleError(errors, "items[1].group");
    assertTrue(errors.get(0).message().contains("AUDIT"));
  }

  @Test
  void priorityOutsideOneToThreeOrNotAWholeNumberIsReported() {
    Map<String, Object> doc = validDocument();
    itemAt(doc, 0).put("priority", BigDecimal.valueOf(4));
    itemAt(doc, 1).put("priority", new BigDecimal("1.5"));
    itemAt(doc, 2).put("priority", "P1");

    List<String> locations = errorsFor(doc).stream().map(CatalogueError::location).toList();

    assertEquals(List.of("items[0].priority", "items[1].priority", "items[2].priority"), locations);
  }

  @Test
  void missingVersionAndUnparseableEffectiveDateAreReported() {
    Map<String, Object> doc = validDocument();
    doc.remove("version");
    doc.put("effectiveDate", "27/05/2025");

    List<String> locations = errorsFor(doc).stream().map(CatalogueError::location).toList();

    assertEquals(List.of("version", "effectiveDate"), locations);
  }

  @Test
  void emptyItemListIsRejected() {
    Map<String, Object> doc = validDocument();
    doc.put("items", new ArrayList<>());

    assertSingleError(errorsFor(doc), "items");
  }

  @Test
  void digitalAgencyItemWithoutLevelIsRejectedButMetiItemNeedsNone() {
    Map<String, Object> doc = validDocument();
    itemAt(doc, 2).remove("level");

    assertSingleError(errorsFor(doc), "items[2].level");
  }

  @Test
  void duplicateGroupCodeIsReported() {
    Map<String, Object> doc = validDocument();
    @SuppressWarnings("unchecked")
    List<Object> groups = (List<Object>) doc.get("groups");
    groups.add(group("AUD", "METI"));

    assertSingleError(errorsFor(doc), "groups[2].code");
  }

  @Test
  void aDocumentWithSeveralProblemsReportsAllOfThemAndBuildsNothing() {
    Map<String, Object> doc = validDocument();
    doc.remove("version");
    itemAt(doc, 1).put("id", "AUD-01");
    itemAt(doc, 2).put("priority", BigDecimal.ZERO);
    itemAt(doc, 0).put("confirmation", "PROBABLY");

    CatalogueValidationException e =
        assertThrows(CatalogueValidationException.class, () -> validator.toCatalogue(doc));

    assertEquals(
        List.of("version", "items[0].confirmation", "items[1].id", "items[2].priority"),
        e.errors().stream().map(CatalogueError::location).toList());
    assertTrue(e.getMessage().startsWith("4 catalogue error(s)"));
  }

  @Test
  void aDocumentThatIsNotAnObjectIsRejectedAsAWhole() {
    assertSingleError(validator.validate(List.of()), "$");
  }
}
