package jp.shinsa.application.questionnaire;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.finding.Finding;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;

/**
 * Turns stored findings back into the judgments the cross-check and the submission package work
 * with, and stores a supplier's claimed judgments as JSON.
 */
public final class JudgmentRecords {

  private JudgmentRecords() {}

  public static List<ItemJudgment> of(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                new ItemJudgment(
                    f.getItemId(),
                    f.getOutcome(),
                    f.getSeverity(),
                    evidence(f.getEvidenceJson()),
                    f.getRuleId(),
                    f.getReasonEn(),
                    f.getReasonJa()))
        .toList();
  }

  static List<Evidence> evidence(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      return r.readArray().stream()
          .map(JsonValue::asJsonObject)
          .map(
              o ->
                  new Evidence(
                      o.getString("clauseRef", ""),
                      o.getString("clausePath", ""),
                      o.getInt("page", 0),
                      o.getString("quote", "")))
          .toList();
    }
  }

  /** The outcomes only: what the comparison with the portal's judgment needs. */
  public static String toJson(List<ItemJudgment> judgments) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (ItemJudgment j : judgments) {
      var o =
          Json.createObjectBuilder().add("itemId", j.itemId()).add("outcome", j.outcome().name());
      if (j.severity() != null) {
        o.add("severity", j.severity().name());
      }
      if (j.reason() != null) {
        o.add("reason", j.reason());
      }
      if (j.reasonJa() != null) {
        o.add("reasonJa", j.reasonJa());
      }
      a.add(o);
    }
    return a.build().toString();
  }

  public static List<ItemJudgment> fromJson(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader r = Json.createReader(new StringReader(json))) {
      JsonArray a = r.readArray();
      return a.stream().map(JsonValue::asJsonObject).map(JudgmentRecords::judgment).toList();
    }
  }

  private static ItemJudgment judgment(JsonObject o) {
    String severity = o.getString("severity", null);
    return new ItemJudgment(
        o.getString("itemId"),
        Outcome.valueOf(o.getString("outcome")),
        severity == null ? null : Severity.valueOf(severity),
        List.of(),
        null,
        o.getString("reason", null),
        o.getString("reasonJa", null));
  }
}
