package jp.shinsa.infrastructure.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BoundaryFactoringTest {

  @Test
  void consecutiveAlternativesOpeningWithABoundaryShareIt() {
    assertEquals(
        "(?=[MSms])\\b(?:(?:shall\\b)|(?:must\\b))|(?:義務)",
        BoundaryFactoring.factor("(?:\\bshall\\b)|(?:\\bmust\\b)|(?:義務)"));
    assertEquals("a|(?=[BCbc])\\b(?:b|c)|d", BoundaryFactoring.factor("a|\\bb|\\bc|d"));
  }

  @Test
  void groupsAreFactoredInside() {
    assertEquals("x((?=[ABab])\\b(?:a|b))", BoundaryFactoring.factor("x(\\ba|\\bb)"));
    assertEquals("(?:(?=[ABab])\\b(?:a|b))+", BoundaryFactoring.factor("(?:\\ba|\\bb)+"));
  }

  @Test
  void aBoundaryBeforeKnownLettersIsGuardedByALookaheadForThem() {
    assertEquals("(?=[Ss])\\bshall", BoundaryFactoring.factor("\\bshall"));
    assertEquals("(?=[9Tt])\\b(?:(t|9)x)", BoundaryFactoring.factor("\\b(?:(t|9)x)"));
    for (String re : List.of("\\bs?hall", "\\b[st]", "\\b\\.x", "\\b(?:a|)", "(?u)\\bk", "\\b")) {
      assertEquals(re, BoundaryFactoring.factor(re), "not provable: left as written");
    }
  }

  @Test
  void aQuantifiedBoundaryALoneBoundaryOrAClassIsLeftAlone() {
    for (String re : List.of("\\b?a|\\b.", "\\b.|b|\\b.", "[\\b|]a|[(]b", "\\Q\\b|\\E|\\b.")) {
      assertEquals(re, BoundaryFactoring.factor(re));
    }
  }

  @Test
  void whatCannotBeReadIsReturnedUnchanged() {
    for (String re : List.of("(\\ba|\\bb", "[\\ba", "(?<x\\ba|\\bb)")) {
      assertEquals(re, BoundaryFactoring.factor(re));
    }
  }

  /**
   * Every cue list of the bundled lexicon and detection data, joined as the readers join it, finds
   * the same matches (start, end and every group) after factoring, on the lines of labelled
   * samples, as written and lower-cased. (Run once on every sample when the factoring was written.)
   */
  @Test
  void everyBundledCueListMatchesExactlyAsBefore() throws IOException {
    List<String> lines = sampleLines();
    List<List<String>> lists = bundledCueLists();
    int changed = 0;
    for (List<String> cues : lists) {
      String joined;
      Pattern before;
      try {
        joined = JsonData.joined(cues);
        before = Pattern.compile(joined, Pattern.CASE_INSENSITIVE);
      } catch (IllegalArgumentException e) {
        continue;
      }
      String factored = BoundaryFactoring.factor(joined);
      if (factored.equals(joined)) {
        continue;
      }
      changed++;
      Pattern after = Pattern.compile(factored, Pattern.CASE_INSENSITIVE);
      assertEquals(before.matcher("").groupCount(), after.matcher("").groupCount(), joined);
      for (String line : lines) {
        assertEquals(matches(before, line), matches(after, line), joined + " on " + line);
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(changed > 50, "lists factored: " + changed);
  }

  /**
   * The lines of every tenth labelled sample, as written and lower-cased: both languages and
   * several drafting styles, in seconds.
   */
  static List<String> sampleLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("contracts-templates/samples"))) {
      List<Path> samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      for (int i = 0; i < samples.size(); i += 10) {
        Path f = samples.get(i);
        for (String line : Files.readAllLines(f)) {
          lines.add(line);
          lines.add(line.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return lines;
  }

  /** Every cue list of the bundled lexicon and detection data, and every cue alone. */
  static List<List<String>> bundledCueLists() throws IOException {
    List<List<String>> lists = new ArrayList<>();
    for (String dir : List.of("lexicon", "detection")) {
      try (Stream<Path> files = Files.list(Path.of("contracts-templates", dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          // Spec-only files (reference terms, inflections) stay out of the WAR and hold no cues.
          if (JsonData.class
                  .getClassLoader()
                  .getResource("contracts-templates/" + dir + "/" + f.getFileName())
              == null) {
            continue;
          }
          collect(JsonData.bundled(dir + "/" + f.getFileName()), lists);
        }
      }
    }
    return lists;
  }

  /** Every match of the pattern in the text: start and end of the match and of each group. */
  static String matches(Pattern p, String text) {
    StringBuilder sb = new StringBuilder();
    Matcher m = p.matcher(text);
    while (m.find()) {
      for (int g = 0; g <= m.groupCount(); g++) {
        sb.append(m.start(g)).append('-').append(m.end(g)).append(' ');
      }
      sb.append('|');
    }
    return sb.toString();
  }

  /** Every array of strings in the file (each is a cue list), and every string alone. */
  private static void collect(JsonValue v, List<List<String>> out) {
    if (v instanceof JsonObject o) {
      o.forEach((k, child) -> collect(child, out));
    } else if (v instanceof JsonArray a) {
      List<String> strings = new ArrayList<>();
      for (JsonValue e : a) {
        if (e instanceof JsonString s) {
          strings.add(s.getString());
          out.add(List.of(s.getString()));
        } else {
          collect(e, out);
        }
      }
      if (!strings.isEmpty()) {
        out.add(strings);
      }
    }
  }
}
