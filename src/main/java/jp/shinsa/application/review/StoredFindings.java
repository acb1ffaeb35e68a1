package jp.shinsa.application.review;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.finding.Finding;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;

/** Turns stored findings back into the judgments the domain rules work on. */
public final class StoredFindings {

  /**
   * One factory for all reads: {@code Json.createReader} looks the JSON-P provider up through the
   * service loader on every call, which scanned the class path once per finding (137 per findings
   * page or REST call, about a seventh of the findings page's time).
   */
  private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

  private StoredFindings() {}

  public static ItemJudgment judgment(Finding f) {
    return new ItemJudgment(
        f.getItemId(),
        f.getOutcome(),
        f.getSeverity(),
        evidence(f.getEvidenceJson()),
        f.getRuleId(),
        f.getReasonEn(),
        f.getReasonJa());
  }

  /** Evidence as stored by the analysis (array of clauseRef, clausePath, page, quote). */
  public static List<Evidence> evidence(String json) {
    List<Evidence> result = new ArrayList<>();
    if (json == null || json.isBlank()) {
      return result;
    }
    try (JsonReader r = JSON.createReader(new StringReader(json))) {
      for (JsonValue v : r.readArray()) {
        JsonObject o = v.asJsonObject();
        result.add(
            new Evidence(
                blankToNull(o.getString("clauseRef", "")),
                blankToNull(o.getString("clausePath", "")),
                o.getInt("page", 0),
                blankToNull(o.getString("quote", ""))));
      }
    }
    return result;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
