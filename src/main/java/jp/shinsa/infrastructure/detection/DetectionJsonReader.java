package jp.shinsa.infrastructure.detection;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.PartyRole;
import jp.shinsa.domain.judgment.CompletenessElement;
import jp.shinsa.domain.judgment.Cue;
import jp.shinsa.domain.judgment.DetectionKnowledge;
import jp.shinsa.domain.judgment.ItemDetection;
import jp.shinsa.domain.judgment.Modality;
import jp.shinsa.domain.judgment.Polarity;
import jp.shinsa.domain.judgment.RuleEffect;
import jp.shinsa.domain.judgment.StanceRule;

/**
 * Reads {@code detection/index.json} (the list of detection files), {@code detection/generic.json}
 * and the per-group item files. Rule IDs must be unique across all files: reasons cite them.
 */
public final class DetectionJsonReader {

  private DetectionJsonReader() {}

  public static DetectionKnowledge readBundled() {
    JsonObject index = JsonData.bundled("detection/index.json");
    List<JsonObject> itemFiles = new ArrayList<>();
    for (String f : JsonData.strings(index, "itemFiles")) {
      itemFiles.add(JsonData.bundled("detection/" + f));
    }
    return read(JsonData.bundled("detection/" + index.getString("generic")), itemFiles);
  }

  static DetectionKnowledge read(JsonObject generic, List<JsonObject> itemFiles) {
    Set<String> ids = new HashSet<>();
    List<StanceRule> genericRules = new ArrayList<>();
    for (JsonValue v : generic.getJsonArray("generic")) {
      genericRules.add(rule((JsonObject) v, ids));
    }
    Map<String, StanceRule> adjustments = new LinkedHashMap<>();
    JsonObject adj = generic.getJsonObject("adjustments");
    for (String role : adj.keySet()) {
      adjustments.put(role, rule(adj.getJsonObject(role), ids));
    }
    Map<String, ItemDetection> items = new LinkedHashMap<>();
    for (JsonObject file : itemFiles) {
      for (JsonValue v : file.getJsonArray("items")) {
        JsonObject o = (JsonObject) v;
        String id = o.getString("id");
        List<StanceRule> rules = new ArrayList<>();
        if (o.containsKey("rules")) {
          for (JsonValue r : o.getJsonArray("rules")) {
            rules.add(rule((JsonObject) r, ids));
          }
        }
        List<Cue> topic = new ArrayList<>();
        for (String cue : JsonData.strings(o, "topic")) {
          topic.add(Cue.of(JsonData.alternation(List.of(cue), id + " topic")));
        }
        if (topic.isEmpty()) {
          throw new IllegalArgumentException(id + " has no topic cues");
        }
        if (items.put(
                id,
                new ItemDetection(
                    id,
                    Polarity.valueOf(o.getString("polarity")),
                    topic,
                    JsonData.strings(o, "objects"),
                    rules,
                    o.getBoolean("definitions", false),
                    o.containsKey("undercut")
                        ? JsonData.alternation(JsonData.strings(o, "undercut"), id + " undercut")
                        : null,
                    definedTermPatterns(o, id),
                    o.getBoolean("followsCoveringTerms", false),
                    o.containsKey("followsNames")
                        ? JsonData.alternation(
                            JsonData.strings(o, "followsNames"), id + " followsNames")
                        : null,
                    o.getBoolean("followsReferences", false),
                    elements(o, id, "complete"),
                    elements(o, id, "mitigations"),
                    o.containsKey("core")
                        ? JsonData.alternation(JsonData.strings(o, "core"), id + " core")
                        : null))
            != null) {
          throw new IllegalArgumentException("duplicate detection entry for " + id);
        }
      }
    }
    return new DetectionKnowledge(items, genericRules, adjustments);
  }

  /**
   * {@code "complete": [{"name", "label": {"ja", "en"}, "cues": [...]}]}: the elements a protection
   * must state to satisfy the item. Names must be unique within the item and each element needs
   * cues and both labels (the label is shown to officers when the element is missing). The same
   * shape under {@code "mitigations"}: the bounds that make a vendor right a market-normal
   * compromise (the label names the bound found).
   */
  private static List<CompletenessElement> elements(JsonObject o, String id, String key) {
    List<CompletenessElement> out = new ArrayList<>();
    if (!o.containsKey(key)) {
      return out;
    }
    Set<String> names = new HashSet<>();
    for (JsonValue v : o.getJsonArray(key)) {
      JsonObject e = (JsonObject) v;
      String name = e.getString("name");
      String where = id + " " + key + "." + name;
      if (!names.add(name)) {
        throw new IllegalArgumentException("duplicate element " + where);
      }
      List<String> cues = JsonData.strings(e, "cues");
      if (cues.isEmpty()) {
        throw new IllegalArgumentException(where + " has no cues");
      }
      LocalizedText label = JsonData.text(e, "label");
      if (label == null || label.ja().isBlank() || label.en().isBlank()) {
        throw new IllegalArgumentException(where + " needs a ja and an en label");
      }
      out.add(
          new CompletenessElement(
              name,
              label,
              Cue.of(JsonData.alternation(cues, where)),
              JsonData.strings(e, "items")));
    }
    return out;
  }

  private static List<java.util.regex.Pattern> definedTermPatterns(JsonObject o, String id) {
    List<java.util.regex.Pattern> out = new ArrayList<>();
    for (String cue : JsonData.strings(o, "definedTerm")) {
      out.add(JsonData.alternation(List.of(cue), id + " definedTerm"));
    }
    return out;
  }

  private static StanceRule rule(JsonObject o, Set<String> ids) {
    String id = o.getString("id");
    if (!ids.add(id)) {
      throw new IllegalArgumentException("duplicate rule ID " + id);
    }
    List<Pattern> all = new ArrayList<>();
    for (String cue : JsonData.strings(o, "all")) {
      all.add(JsonData.alternation(List.of(cue), id));
    }
    return new StanceRule(
        id,
        RuleEffect.valueOf(o.getString("effect", "PARTIAL")),
        JsonData.strings(o, "parties").stream().map(PartyRole::valueOf).collect(toSet()),
        JsonData.strings(o, "modalities").stream().map(Modality::valueOf).collect(toSet()),
        o.containsKey("polarity") ? Polarity.valueOf(o.getString("polarity")) : null,
        JsonData.strings(o, "models").stream().map(ProcurementModel::valueOf).collect(toSet()),
        o.containsKey("limited") ? o.getBoolean("limited") : null,
        all,
        JsonData.alternation(JsonData.strings(o, "none"), id),
        o.getBoolean("consent", false),
        o.getBoolean("trap", false),
        o.containsKey("referenced") ? rule(o.getJsonObject("referenced"), ids) : null,
        JsonData.text(o, "reason"),
        o.getBoolean("weakens", false),
        o.getBoolean("exceptionRead", false),
        JsonData.strings(o, "unlessSatisfied"));
  }

  private static <T> java.util.stream.Collector<T, ?, Set<T>> toSet() {
    return java.util.stream.Collectors.toSet();
  }
}
