package jp.shinsa.infrastructure.detection;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.RoleTokens;

/** Small helpers shared by the readers: loading bundled JSON and compiling cue lists. */
final class JsonData {

  static final String BASE = "contracts-templates/";

  private JsonData() {}

  static JsonObject bundled(String relative) {
    String path = BASE + relative;
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    if (cl == null) {
      cl = JsonData.class.getClassLoader();
    }
    try (InputStream in = cl.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("bundled data not found on the classpath: " + path);
      }
      try (JsonReader r = Json.createReader(in)) {
        return r.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  static List<String> strings(JsonObject o, String key) {
    List<String> out = new ArrayList<>();
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return out;
    }
    if (v instanceof JsonString s) {
      out.add(s.getString());
      return out;
    }
    for (JsonValue e : (JsonArray) v) {
      out.add(((JsonString) e).getString());
    }
    return out;
  }

  /** A phrase class written inside a cue: {@code {{DISCRETION}}}. */
  private static final Pattern PHRASE_CLASS = Pattern.compile("\\{\\{([A-Z_]+)\\}\\}");

  /** Phrase classes of {@code lexicon/phrases.json}, read once. */
  private static volatile Map<String, String> phrases;

  /**
   * The cue with every phrase class ({@code {{NAME}}}) replaced by the alternation of its phrases:
   * a drafting habit such as "left to the vendor's discretion" has many wordings in both languages,
   * kept in one list that every rule naming the habit shares.
   */
  static String expandPhrases(String cue, Map<String, String> classes) {
    if (cue.indexOf("{{") < 0) {
      return cue;
    }
    Matcher m = PHRASE_CLASS.matcher(cue);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String body = classes.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException("unknown phrase class {{" + m.group(1) + "}}");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(body));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Reads a phrase-class file: each key's list of cues becomes one non-capturing alternation. */
  static Map<String, String> phraseClasses(JsonObject o) {
    Map<String, String> out = new HashMap<>();
    for (String key : o.keySet()) {
      if (key.startsWith("_")) {
        continue;
      }
      List<String> cues = strings(o, key);
      out.put(
          key, "(?:" + String.join("|", cues.stream().map(c -> "(?:" + c + ")").toList()) + ")");
    }
    return Map.copyOf(out);
  }

  /** Word guards of {@code lexicon/compounds.json}, read once. */
  private static volatile List<CompoundGuards.Guard> compounds;

  private static List<CompoundGuards.Guard> compounds() {
    List<CompoundGuards.Guard> c = compounds;
    if (c == null) {
      c = CompoundGuards.read(bundled("lexicon/compounds.json"));
      compounds = c;
    }
    return c;
  }

  private static Map<String, String> phrases() {
    Map<String, String> p = phrases;
    if (p == null) {
      p = phraseClasses(bundled("lexicon/phrases.json"));
      phrases = p;
    }
    return p;
  }

  /**
   * One case-insensitive alternation of all cues, word boundaries shared (see {@link
   * BoundaryFactoring}) and the characters a match opens with tested first (see {@link
   * FirstCharGuard}); null when there are none.
   */
  static Pattern alternation(List<String> cues, String where) {
    return compile(cues, where, true);
  }

  /** The same alternation compiled with its text exactly as the cues are written and joined. */
  static Pattern alternationAsWritten(List<String> cues, String where) {
    return compile(cues, where, false);
  }

  private static Pattern compile(List<String> cues, String where, boolean factored) {
    if (cues.isEmpty()) {
      return null;
    }
    String joined = joined(cues);
    try {
      return Pattern.compile(
          factored
              ? (Boolean.getBoolean("noguard")
                  ? BoundaryFactoring.factor(joined)
                  : FirstCharGuard.guard(BoundaryFactoring.factor(joined)))
              : joined,
          Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("bad cue pattern in " + where + ": " + e.getMessage(), e);
    }
  }

  /** The cues as written, phrase classes and role tokens expanded, joined into one alternation. */
  static String joined(List<String> cues) {
    return String.join(
        "|",
        cues.stream()
            .map(
                c ->
                    "(?:"
                        + RoleTokens.expand(
                            CompoundGuards.guard(expandPhrases(c, phrases()), compounds()))
                        + ")")
            .toList());
  }

  static Pattern alternationOrNever(List<String> cues, String where) {
    Pattern p = alternation(cues, where);
    return p != null ? p : Pattern.compile("(?!)");
  }

  static LocalizedText text(JsonObject o, String key) {
    JsonObject t = o.getJsonObject(key);
    if (t == null) {
      throw new IllegalArgumentException("missing '" + key + "' in " + o);
    }
    return new LocalizedText(t.getString("ja"), t.getString("en"));
  }
}
