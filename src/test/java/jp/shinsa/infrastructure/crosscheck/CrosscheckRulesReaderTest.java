package jp.shinsa.infrastructure.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ItemSource;
import jp.shinsa.domain.crosscheck.CrosscheckLink;
import jp.shinsa.domain.crosscheck.CrosscheckRules;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import org.junit.jupiter.api.Test;

class CrosscheckRulesReaderTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private final CrosscheckRulesReader reader = new CrosscheckRulesReader();

  private List<String> contractItemsFor(CrosscheckRules rules, String question) {
    return rules.linkFor(question).map(CrosscheckLink::contractItemIds).orElseThrow();
  }

  @Test
  void bundledRulesLinkTheKeyDigitalAgencyQuestionsToTheContractItemsThatDecideThem() {
    CrosscheckRules rules = reader.readBundled(CATALOGUE);
    assertTrue(
        contractItemsFor(rules, "DA-DATA-01").containsAll(List.of("IN-USE-02", "IN-PRC-03")));
    assertTrue(contractItemsFor(rules, "DA-RISK-05").stream().allMatch(i -> i.startsWith("AUD-")));
    assertTrue(contractItemsFor(rules, "DA-DATA-05").contains("IN-USE-07"));
    assertTrue(
        contractItemsFor(rules, "DA-DATA-03").containsAll(List.of("IN-USE-11", "IN-EXT-04")));
    assertTrue(contractItemsFor(rules, "DA-CON-06").contains("IN-EXT-02"));
  }

  @Test
  void bundledRulesLinkDigitalAgencyQuestionsOnlyToMetiContractItems() {
    CrosscheckRules rules = reader.readBundled(CATALOGUE);
    for (CrosscheckLink link : rules.links()) {
      assertEquals(
          ItemSource.DIGITAL_AGENCY,
          CATALOGUE.item(link.questionItemId()).orElseThrow().source(),
          link.questionItemId());
      for (String item : link.contractItemIds()) {
        assertEquals(ItemSource.METI, CATALOGUE.item(item).orElseThrow().source(), item);
      }
    }
  }

  @Test
  void refusesDataWithEveryProblemListed() {
    String json =
        """
        {"version": "x", "description": {"ja": "説明", "en": "text"},
         "links": [
           {"question": "DA-DATA-01", "contractItems": ["IN-USE-99"], "topic": {"ja": "a", "en": "a"}},
           {"question": "DA-DATA-01", "contractItems": ["IN-USE-02"], "topic": {"ja": "a", "en": "a"}}],
         "rules": [
           {"id": "R1", "answer": "YES", "outcome": "MISSING", "kind": "NOT_EVIDENCED",
            "severity": "LOW", "scope": "BEST_ITEM", "explanation": {"ja": "a", "en": "a"}},
           {"id": "R2", "answer": "YES", "outcome": "MISSING", "kind": "NOT_EVIDENCED",
            "severity": "LOW", "scope": "BEST_ITEM", "explanation": {"ja": "a", "en": "a"}}]}
        """;
    CrosscheckRulesException e =
        assertThrows(
            CrosscheckRulesException.class,
            () ->
                reader.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), CATALOGUE));
    assertEquals(3, e.problems().size(), e.problems().toString());
    assertTrue(e.getMessage().contains("IN-USE-99"));
    assertTrue(e.getMessage().contains("linked twice"));
    assertTrue(e.getMessage().contains("two rules"));
  }

  @Test
  void refusesUnknownEnumValuesAndMissingFields() {
    String json =
        """
        {"version": "x", "description": {"ja": "説明", "en": "text"}, "links": [],
         "rules": [{"id": "R1", "answer": "MAYBE", "outcome": "MISSING", "kind": "NOT_EVIDENCED",
                    "severity": "LOW", "explanation": {"ja": "a", "en": "a"}}]}
        """;
    CrosscheckRulesException e =
        assertThrows(
            CrosscheckRulesException.class,
            () ->
                reader.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), CATALOGUE));
    assertTrue(e.getMessage().contains("rules[0].answer: unknown value 'MAYBE'"), e.getMessage());
    assertTrue(e.getMessage().contains("rules[0].scope"), e.getMessage());
  }
}
