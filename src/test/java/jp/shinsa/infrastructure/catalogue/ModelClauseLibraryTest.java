package jp.shinsa.infrastructure.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.ModelClause;
import jp.shinsa.domain.checklist.ProcurementModel;
import org.junit.jupiter.api.Test;

class ModelClauseLibraryTest {

  private final ModelClauseLibrary library = ModelClauseLibrary.bundled();
  private final Catalogue catalogue = new CatalogueJsonReader().readBundled();

  private static boolean isAuditOrInputData(String id) {
    return id.startsWith("AUD-")
        || id.equals("PI-04")
        || id.startsWith("IN-USE-")
        || id.startsWith("IN-EXT-")
        || id.startsWith("IN-PRC-");
  }

  @Test
  void everyAuditAndInputDataItemHasAClauseInBothLanguagesForEachModelWhereItApplies() {
    List<ChecklistItem> priorityItems =
        catalogue.items().stream().filter(i -> isAuditOrInputData(i.id())).toList();
    assertEquals(35, priorityItems.size());

    for (ChecklistItem item : priorityItems) {
      for (ProcurementModel model : ProcurementModel.values()) {
        if (!item.appliesTo(model)) {
          continue;
        }
        List<ModelClause> clauses = library.forItem(item.id(), model);
        assertFalse(clauses.isEmpty(), item.id() + " has no clause for " + model);
        for (ModelClause clause : clauses) {
          assertFalse(clause.text().ja().isBlank(), clause.id());
          assertFalse(clause.text().en().isBlank(), clause.id());
          assertFalse(clause.rationale().ja().isBlank(), clause.id());
        }
      }
    }
  }

  @Test
  void japaneseClausesUseTheKouOtsuConventionAndEnglishOnesCustomerAndProvider() {
    for (ModelClause clause : library.all()) {
      String ja = clause.text().ja();
      String en = clause.text().en();
      assertTrue(ja.contains("乙") && !ja.contains("当社"), clause.id());
      assertTrue(en.contains("Provider") && !en.contains("Vendor"), clause.id());
    }
    assertTrue(library.convention().ja().contains("甲"));
    assertTrue(library.convention().en().contains("Customer"));
  }

  @Test
  void everyClauseSatisfiesOnlyItemsThatExistInTheCatalogue() {
    for (ModelClause clause : library.all()) {
      for (String itemId : clause.satisfies()) {
        assertTrue(catalogue.item(itemId).isPresent(), clause.id() + " -> " + itemId);
      }
    }
  }

  @Test
  void trainingUseGetsADifferentClauseForEachModel() {
    Set<String> ids =
        Set.of(ProcurementModel.values()).stream()
            .flatMap(m -> library.forItem("IN-USE-02", m).stream())
            .map(ModelClause::id)
            .collect(Collectors.toSet());

    assertEquals(Set.of("MC-IN-USE-02-M1", "MC-IN-USE-02-M2", "MC-IN-USE-02-M3"), ids);
    assertEquals(
        List.of("MC-IN-USE-02-M2"),
        library.forItem("IN-USE-02", ProcurementModel.M2).stream().map(ModelClause::id).toList());
  }

  @Test
  void anUnknownItemHasNoClauses() {
    assertTrue(library.forItem("NO-SUCH-ITEM", ProcurementModel.M1).isEmpty());
  }

  @Test
  void aBrokenClauseFileIsRejectedWithEveryProblem() {
    String json =
        """
        {"convention": {"ja": "甲乙", "en": "Customer"},
         "clauses": [
           {"id": "MC-1", "satisfies": ["AUD-01"], "models": ["M1", "M7"],
            "title": {"ja": "題", "en": "T"}, "text": {"ja": "乙は", "en": ""},
            "rationale": {"ja": "理由", "en": "Why"}},
           {"id": "MC-1", "satisfies": [], "models": ["M2"],
            "title": {"ja": "題", "en": "T"}, "text": {"ja": "乙は", "en": "Provider"}}
         ]}
        """;

    List<CatalogueError> errors =
        assertThrows(
                CatalogueValidationException.class,
                () ->
                    ModelClauseLibrary.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
            .errors();

    assertEquals(
        Set.of(
            "clauses[0].models",
            "clauses[0].text.en",
            "clauses[1].id",
            "clauses[1].satisfies",
            "clauses[1].rationale"),
        errors.stream().map(CatalogueError::location).collect(Collectors.toSet()));
  }
}
