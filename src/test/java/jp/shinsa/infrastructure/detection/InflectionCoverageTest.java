package jp.shinsa.infrastructure.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.shinsa.domain.judgment.Cue;
import jp.shinsa.domain.judgment.DetectionKnowledge;
import jp.shinsa.domain.judgment.ItemDetection;
import org.junit.jupiter.api.Test;

/**
 * Specification: English topic cues do not depend on the inflection a drafter happens to use. For
 * every priority item and every word family of {@code
 * contracts-templates/detection/inflections.json}, when a topic cue of the item matches one form of
 * the family — alone, or in a neutral frame such as "{f} the", "{f} of", "no {f}" — the item's cues
 * also match the other forms of the same kind (verb: base, -s, -ed, -ing; noun: nominalisation and
 * plural) in that frame; alone, every form of the family. "shall delete" on the topic means
 * "deleting", "deletes" and "deletion" are too.
 */
class InflectionCoverageTest {

  private static final Path FAMILIES = Path.of("contracts-templates/detection/inflections.json");

  /** Neutral frames: function words only, so that a frame never carries a topic of its own. */
  private static final List<String> FRAMES =
      List.of(
          "%s the",
          "%s any",
          "%s all",
          "%s of",
          "%s for",
          "%s to",
          "%s with",
          "%s by",
          "%s that",
          "%s only",
          "%s solely",
          "%s in",
          "%s on",
          "%s such",
          "%s its",
          "the %s",
          "any %s",
          "no %s",
          "to %s",
          "may %s",
          "shall %s",
          "shall not %s",
          "is %s",
          "be %s");

  private static final Pattern SINGLE_WORD_CUE = Pattern.compile("\\\\b[a-z()|?\\[\\]-]+(\\\\b)?");

  @Test
  void topicCuesMatchEveryInflectionOfAWordTheyMatch() throws IOException {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    List<Family> families = families();
    TreeMap<String, Set<String>> missing = new TreeMap<>();
    for (ItemDetection d : k.items().values()) {
      if (!isPriority(d.itemId())) {
        continue;
      }
      for (Family family : families) {
        // alone: a verb cue also covers the nominalisation ("delete" → "deletion"), a noun cue
        // only its plural ("merger" does not bring in "merged")
        boolean verbHit = family.verbs().stream().anyMatch(f -> onTopic(d, f));
        check(d, verbHit ? family.all() : family.nouns(), List.of("%s"), missing);
        check(d, family.verbs(), FRAMES, missing);
        check(d, family.nouns(), FRAMES, missing);
      }
    }
    assertEquals(
        "{}",
        missing.toString(),
        "forms a topic cue misses while matching a sibling form (item frame → forms)");
  }

  @Test
  void everySingleWordEnglishTopicCueHasItsFamilyListed() throws IOException {
    DetectionKnowledge k = DetectionJsonReader.readBundled();
    List<String> forms = families().stream().flatMap(f -> f.all().stream()).toList();
    List<String> unlisted = new ArrayList<>();
    for (ItemDetection d : k.items().values()) {
      if (!isPriority(d.itemId())) {
        continue;
      }
      for (Cue c : d.topic()) {
        String p = c.pattern().pattern();
        if (SINGLE_WORD_CUE.matcher(p).matches()
            && forms.stream().noneMatch(f -> c.pattern().matcher(f).find())) {
          unlisted.add(d.itemId() + " " + p);
        }
      }
    }
    assertEquals(List.of(), unlisted, "single-word cues whose word family is not listed");
  }

  @Test
  void aCueThatListsSomeInflectionsOnlyIsReported() {
    ItemDetection partial =
        new ItemDetection(
            "X",
            jp.shinsa.domain.judgment.Polarity.DO,
            List.of(Cue.of(Pattern.compile("\\bdelet(e|es|ed|ion)\\b", Pattern.CASE_INSENSITIVE))),
            List.of(),
            List.of(),
            false);
    TreeMap<String, Set<String>> missing = new TreeMap<>();
    check(
        partial,
        List.of("delete", "deletes", "deleted", "deleting", "deletion"),
        List.of("%s"),
        missing);
    assertEquals("{X=[deleting]}", missing.toString());
    ItemDetection full =
        new ItemDetection(
            "X",
            jp.shinsa.domain.judgment.Polarity.DO,
            List.of(
                Cue.of(Pattern.compile("\\bdelet(e|es|ed|ing|ion)\\b", Pattern.CASE_INSENSITIVE))),
            List.of(),
            List.of(),
            false);
    missing.clear();
    check(full, List.of("delete", "deleting"), FRAMES, missing);
    assertTrue(missing.isEmpty(), missing.toString());
  }

  static void check(
      ItemDetection d, List<String> forms, List<String> frames, TreeMap<String, Set<String>> out) {
    for (String frame : frames) {
      List<String> hit = new ArrayList<>();
      List<String> miss = new ArrayList<>();
      for (String f : forms) {
        String text = String.format(frame, f);
        (d.topic().stream().anyMatch(c -> c.pattern().matcher(text).find()) ? hit : miss).add(f);
      }
      if (!hit.isEmpty() && !miss.isEmpty()) {
        for (String f : miss) {
          out.computeIfAbsent(d.itemId(), x -> new LinkedHashSet<>()).add(String.format(frame, f));
        }
      }
    }
  }

  private static boolean onTopic(ItemDetection d, String text) {
    return d.topic().stream().anyMatch(c -> c.pattern().matcher(text).find());
  }

  private static boolean isPriority(String id) {
    return id.startsWith("AUD-") || id.startsWith("IN-") || id.equals("PI-04");
  }

  /** One word family: verb forms (base, -s, -ed, -ing) and noun forms (nominalisation, plural). */
  record Family(List<String> verbs, List<String> nouns) {
    List<String> all() {
      List<String> out = new ArrayList<>(verbs);
      nouns.stream().filter(n -> !out.contains(n)).forEach(out::add);
      return out;
    }
  }

  static List<Family> families() throws IOException {
    JsonObject o;
    try (Reader r = Files.newBufferedReader(FAMILIES, StandardCharsets.UTF_8);
        JsonReader jr = Json.createReader(r)) {
      o = jr.readObject();
    }
    List<Family> out = new ArrayList<>();
    for (JsonObject f : o.getJsonArray("families").getValuesAs(JsonObject.class)) {
      Family family = new Family(forms(f, "verb"), forms(f, "noun"));
      assertFalse(family.all().isEmpty());
      out.add(family);
    }
    return out;
  }

  private static List<String> forms(JsonObject family, String kind) {
    return family.containsKey(kind)
        ? family.getJsonArray(kind).getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
        : List.of();
  }
}
