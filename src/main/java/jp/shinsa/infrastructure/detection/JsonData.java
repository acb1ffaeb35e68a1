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
import java.util.List;
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

  /** One case-insensitive alternation of all cues; null when there are none. */
  static Pattern alternation(List<String> cues, String where) {
    if (cues.isEmpty()) {
      return null;
    }
    String joined =
        String.join("|", cues.stream().map(c -> "(?:" + RoleTokens.expand(c) + ")").toList());
    try {
      return Pattern.compile(joined, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("bad cue pattern in " + where + ": " + e.getMessage(), e);
    }
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
