package jp.shinsa.infrastructure.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import jp.shinsa.domain.judgment.Cue;
import jp.shinsa.domain.judgment.DetectionKnowledge;
import jp.shinsa.domain.judgment.ItemDetection;
import org.junit.jupiter.api.Test;

/**
 * Specification: every "JP terms" word that the METI reference note lists for a priority item
 * ({@code contracts-templates/detection/reference-terms.json}, copied from the note as data) is a
 * topic cue of that item. A term counts as covered when a topic cue of the item matches across the
 * term itself, or across it inside the phrase the data file gives as its context (a word too broad
 * to be a topic alone, such as 国内 or 報告); a "qualifier" (a timing, a condition: 契約終了時, 事前の通知) only
 * needs its phrase to be on the topic.
 */
class ReferenceTermsTest {

  private static final Path TERMS = Path.of("contracts-templates/detection/reference-terms.json");

  @Test
  void everyReferenceTermIsATopicCueOfItsItem() throws IOException {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    List<String> uncovered = new ArrayList<>();
    int terms = 0;
    for (String section : List.of("items", "digitalAgency")) {
      JsonObject items = read().getJsonObject(section);
      assertFalse(items.isEmpty(), section);
      terms += uncovered(k, items, uncovered);
    }
    assertTrue(terms > 200, "terms read: " + terms);
    assertEquals(List.of(), uncovered, "reference terms no topic cue of their item covers");
  }

  /** Adds the terms of one section that no cue covers; returns how many terms it read. */
  private static int uncovered(DetectionKnowledge k, JsonObject items, List<String> uncovered) {
    int terms = 0;
    for (String id : items.keySet()) {
      ItemDetection d = k.items().get(id);
      assertNotNull(d, id + " has no detection knowledge");
      JsonObject e = items.getJsonObject(id);
      JsonObject context =
          e.containsKey("context")
              ? e.getJsonObject("context")
              : Json.createObjectBuilder().build();
      JsonObject qualifier =
          e.containsKey("qualifier")
              ? e.getJsonObject("qualifier")
              : Json.createObjectBuilder().build();
      for (JsonString js : e.getJsonArray("terms").getValuesAs(JsonString.class)) {
        String term = nfkc(js.getString());
        terms++;
        boolean covered;
        if (qualifier.containsKey(js.getString())) {
          covered = coveredAnywhere(d, nfkc(qualifier.getString(js.getString())));
        } else {
          String text =
              context.containsKey(js.getString()) ? nfkc(context.getString(js.getString())) : term;
          covered = coveredAcross(d, text, term);
        }
        if (!covered) {
          uncovered.add(id + " " + js.getString());
        }
      }
    }
    return terms;
  }

  @Test
  void contextsAndQualifiersNameTheirTermAndAreFew() throws IOException {
    int qualifiers = 0;
    for (String section : List.of("items", "digitalAgency")) {
      JsonObject items = read().getJsonObject(section);
      for (String id : items.keySet()) {
        JsonObject e = items.getJsonObject(id);
        List<String> terms =
            e.getJsonArray("terms").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        for (String kind : List.of("context", "qualifier")) {
          if (!e.containsKey(kind)) {
            continue;
          }
          for (var c : e.getJsonObject(kind).entrySet()) {
            assertTrue(
                terms.contains(c.getKey()), id + " " + kind + " of an unlisted term " + c.getKey());
            assertTrue(
                ((JsonString) c.getValue()).getString().contains(c.getKey()),
                id + " " + kind + " phrase must contain " + c.getKey());
            qualifiers += kind.equals("qualifier") ? 1 : 0;
          }
        }
      }
    }
    // a qualifier is an exemption from being a topic word: keep them an explicit minority
    assertTrue(qualifiers <= 25, "qualifiers: " + qualifiers);
  }

  @Test
  void aTermOutsideEveryCueIsReported() {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    ItemDetection deletion = k.items().get("IN-USE-07");
    assertTrue(coveredAcross(deletion, "消去", "消去"));
    assertFalse(coveredAcross(deletion, "地域", "地域"));
    // the cue must match across the term, not elsewhere in the context phrase
    assertFalse(coveredAcross(deletion, "契約終了時に削除する", "契約終了時"));
  }

  static boolean coveredAcross(ItemDetection d, String text, String term) {
    int start = text.indexOf(term);
    assertTrue(start >= 0, term + " not in " + text);
    int end = start + term.length();
    for (Cue c : d.topic()) {
      Matcher m = c.pattern().matcher(text);
      while (m.find()) {
        if (m.start() < end && m.end() > start) {
          return true;
        }
        if (m.end() == m.start() && m.end() < text.length()) {
          m.region(m.end() + 1, text.length());
        }
      }
    }
    return false;
  }

  private static boolean coveredAnywhere(ItemDetection d, String text) {
    return d.topic().stream().anyMatch(c -> c.pattern().matcher(text).find());
  }

  private static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  private static JsonObject read() throws IOException {
    try (Reader r = Files.newBufferedReader(TERMS, StandardCharsets.UTF_8);
        JsonReader jr = Json.createReader(r)) {
      return jr.readObject();
    }
  }
}
