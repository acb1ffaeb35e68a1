package jp.shinsa.infrastructure.crosscheck;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.crosscheck.ContradictionKind;
import jp.shinsa.domain.crosscheck.CrosscheckLink;
import jp.shinsa.domain.crosscheck.CrosscheckRule;
import jp.shinsa.domain.crosscheck.CrosscheckRules;
import jp.shinsa.domain.crosscheck.RuleScope;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.questionnaire.AnswerValue;

/** Reads and validates the cross-check data. */
public final class CrosscheckRulesReader {

  /** Classpath location of the data shipped with the portal. */
  public static final String BUNDLED = "/contracts-templates/crosscheck/crosscheck-rules.json";

  /** Reads the bundled data and checks it against the catalogue it refers to. */
  public CrosscheckRules readBundled(Catalogue catalogue) {
    try (InputStream in = CrosscheckRulesReader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new CrosscheckRulesException(List.of("bundled rules not found at " + BUNDLED));
      }
      return read(in, catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @throws CrosscheckRulesException listing every problem (syntax, missing fields, unknown values,
   *     items absent from the catalogue)
   */
  public CrosscheckRules read(InputStream in, Catalogue catalogue) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      root = reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new CrosscheckRulesException(List.of("not a JSON object: " + e.getMessage()));
    }
    Parse parse = new Parse();
    CrosscheckRules rules = parse.rules(root);
    if (parse.problems.isEmpty()) {
      parse.problems.addAll(rules.problems(catalogue));
    }
    if (!parse.problems.isEmpty()) {
      throw new CrosscheckRulesException(parse.problems);
    }
    return rules;
  }

  private static final class Parse {
    private final List<String> problems = new ArrayList<>();

    CrosscheckRules rules(JsonObject root) {
      List<CrosscheckLink> links = new ArrayList<>();
      JsonArray linkArray = array(root, "links", "$");
      for (int i = 0; i < linkArray.size(); i++) {
        String at = "links[" + i + "]";
        JsonObject o = object(linkArray.get(i), at);
        if (o == null) {
          continue;
        }
        List<String> items = new ArrayList<>();
        for (JsonValue v : array(o, "contractItems", at)) {
          if (v instanceof JsonString s) {
            items.add(s.getString());
          } else {
            problems.add(at + ".contractItems: item IDs must be strings");
          }
        }
        links.add(
            new CrosscheckLink(
                string(o, "question", at),
                items,
                text(o, "topic", at),
                o.getBoolean("yesMeansProtected", true)));
      }
      List<CrosscheckRule> rules = new ArrayList<>();
      JsonArray ruleArray = array(root, "rules", "$");
      for (int i = 0; i < ruleArray.size(); i++) {
        String at = "rules[" + i + "]";
        JsonObject o = object(ruleArray.get(i), at);
        if (o == null) {
          continue;
        }
        rules.add(
            new CrosscheckRule(
                string(o, "id", at),
                constant(o, "answer", at, AnswerValue::valueOf),
                constant(o, "outcome", at, Outcome::valueOf),
                constant(o, "kind", at, ContradictionKind::valueOf),
                constant(o, "severity", at, Severity::valueOf),
                constant(o, "scope", at, RuleScope::valueOf),
                text(o, "explanation", at)));
      }
      return new CrosscheckRules(
          string(root, "version", "$"),
          text(root, "description", "$"),
          root.getBoolean("compareItemWithItself", false),
          links,
          rules);
    }

    private JsonObject object(JsonValue value, String at) {
      if (value instanceof JsonObject o) {
        return o;
      }
      problems.add(at + ": must be an object");
      return null;
    }

    private JsonArray array(JsonObject o, String key, String at) {
      if (o.get(key) instanceof JsonArray a) {
        return a;
      }
      problems.add(at + "." + key + ": a list is required");
      return JsonValue.EMPTY_JSON_ARRAY;
    }

    private String string(JsonObject o, String key, String at) {
      if (o.get(key) instanceof JsonString s && !s.getString().isBlank()) {
        return s.getString();
      }
      problems.add(at + "." + key + ": a non-empty string is required");
      return "";
    }

    private LocalizedText text(JsonObject o, String key, String at) {
      if (o.get(key) instanceof JsonObject t) {
        return new LocalizedText(string(t, "ja", at + "." + key), string(t, "en", at + "." + key));
      }
      problems.add(at + "." + key + ": an object with ja and en is required");
      return new LocalizedText("", "");
    }

    private <E extends Enum<E>> E constant(
        JsonObject o, String key, String at, Function<String, E> valueOf) {
      String name = string(o, key, at);
      try {
        return name.isEmpty() ? null : valueOf.apply(name);
      } catch (IllegalArgumentException e) {
        problems.add(at + "." + key + ": unknown value '" + name + "'");
        return null;
      }
    }
  }
}
