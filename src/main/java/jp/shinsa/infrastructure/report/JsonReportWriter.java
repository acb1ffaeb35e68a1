package jp.shinsa.infrastructure.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import jp.shinsa.domain.judgment.Outcome;

/**
 * Writes the report as JSON for other systems: stable codes (item IDs, outcome and state names, ISO
 * dates, UTC times) next to the labels in the chosen language, so a consumer can both process and
 * display it. Absent values are JSON null rather than missing keys, so every row has the same
 * shape.
 */
public final class JsonReportWriter {

  /** Identifies the document format; change it when the structure changes incompatibly. */
  public static final String FORMAT = "shinsa.gap-report/1";

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  public byte[] write(GapReport report, ReportLanguage language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, language, out);
    return out.toByteArray();
  }

  public void write(GapReport report, ReportLanguage language, OutputStream out) {
    JsonObject document = toJson(report, language);
    try (JsonWriter writer =
        PRETTY.createWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      writer.writeObject(document);
    }
  }

  public JsonObject toJson(GapReport report, ReportLanguage language) {
    ReportLabels labels = new ReportLabels(language);
    JsonObjectBuilder contract = Json.createObjectBuilder().add("title", report.contractTitle());
    nullable(contract, "version", report.contractVersion());
    nullable(contract, "model", report.model() == null ? null : report.model().name());
    nullable(contract, "modelLabel", report.model() == null ? null : labels.model(report.model()));

    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (GapReportRow r : report.rows()) {
      counts.merge(r.outcome(), 1, Integer::sum);
      rows.add(row(r, labels));
    }
    JsonObjectBuilder byOutcome = Json.createObjectBuilder();
    for (Outcome o : Outcome.values()) {
      byOutcome.add(o.name(), counts.getOrDefault(o, 0));
    }

    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("language", language.code())
            .add("title", labels.get("report.title"))
            .add("contract", contract);
    nullable(root, "catalogueVersion", report.catalogueVersion());
    return root.add("generatedAt", report.generatedAt().toString())
        .add(
            "summary",
            Json.createObjectBuilder()
                .add("items", report.rows().size())
                .add("byOutcome", byOutcome))
        .add("rows", rows)
        .build();
  }

  private static JsonObjectBuilder row(GapReportRow r, ReportLabels labels) {
    JsonObjectBuilder row =
        Json.createObjectBuilder()
            .add("itemId", r.itemId())
            .add("title", r.title().in(labels.language().locale()))
            .add("outcome", r.outcome().name())
            .add("outcomeLabel", labels.outcome(r.outcome()))
            .add("overridden", r.overridden());
    nullable(row, "severity", r.severity() == null ? null : r.severity().name());
    if (r.evidenceRef() == null && r.evidenceQuote() == null) {
      row.addNull("evidence");
    } else {
      JsonObjectBuilder evidence = Json.createObjectBuilder();
      nullable(evidence, "clause", r.evidenceRef());
      nullable(evidence, "quote", r.evidenceQuote());
      row.add("evidence", evidence);
    }
    if (r.remediationState() == null) {
      row.addNull("remediation");
    } else {
      JsonObjectBuilder remediation =
          Json.createObjectBuilder()
              .add("state", r.remediationState().name())
              .add("stateLabel", labels.state(r.remediationState(), r.fixedInVersion()));
      if (r.fixedInVersion() == null) {
        remediation.addNull("fixedInVersion");
      } else {
        remediation.add("fixedInVersion", r.fixedInVersion());
      }
      nullable(remediation, "dueDate", r.dueDate() == null ? null : r.dueDate().toString());
      row.add("remediation", remediation);
    }
    return row;
  }

  private static void nullable(JsonObjectBuilder b, String key, String value) {
    if (value == null) {
      b.addNull(key);
    } else {
      b.add(key, value);
    }
  }
}
