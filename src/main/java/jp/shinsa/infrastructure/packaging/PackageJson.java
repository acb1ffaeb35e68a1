package jp.shinsa.infrastructure.packaging;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.questionnaire.AnswerValue;

/**
 * manifest.json and submission.json in Jakarta JSON-P. Parsing is strict: a missing or mistyped
 * field is an {@link IllegalArgumentException} naming the field, which the reader turns into a
 * BAD_MANIFEST or BAD_CONTENT refusal.
 */
final class PackageJson {

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private PackageJson() {}

  // ---- manifest ----

  static byte[] manifest(PackageHeader header, List<ManifestEntry> files) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ManifestEntry f : files) {
      list.add(
          Json.createObjectBuilder()
              .add("path", f.path())
              .add("size", f.size())
              .add("sha256", f.sha256()));
    }
    JsonObjectBuilder root =
        Json.createObjectBuilder()
            .add("format", PackageFormat.FORMAT)
            .add("formatVersion", header.formatVersion())
            .add("createdAt", header.createdAt().toString())
            .add(
                "supplier",
                Json.createObjectBuilder()
                    .add("code", header.supplierCode())
                    .add("name", header.supplierName()))
            .add("procurementModel", header.procurementModel().name())
            .add("catalogueVersion", header.catalogueVersion());
    nullable(root, "procurementTitle", header.procurementTitle());
    return write(root.add("files", list).build());
  }

  static Manifest parseManifest(byte[] json) {
    JsonObject root = read(json);
    if (!PackageFormat.FORMAT.equals(str(root, "format"))) {
      throw new IllegalArgumentException("format is not " + PackageFormat.FORMAT);
    }
    String version = str(root, "formatVersion");
    if (!PackageFormat.VERSION.equals(version)) {
      throw new IllegalArgumentException("unsupported format version " + version);
    }
    JsonObject supplier = obj(root, "supplier");
    PackageHeader header =
        new PackageHeader(
            version,
            parse(str(root, "createdAt"), "createdAt", Instant::parse),
            str(supplier, "code"),
            str(supplier, "name"),
            parse(str(root, "procurementModel"), "procurementModel", ProcurementModel::valueOf),
            str(root, "catalogueVersion"),
            optStr(root, "procurementTitle"));
    List<ManifestEntry> files = new ArrayList<>();
    for (JsonObject f : objects(root, "files")) {
      long size = num(f, "size");
      String sha = str(f, "sha256");
      if (size < 0 || !sha.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("bad size or sha256 for " + str(f, "path"));
      }
      files.add(new ManifestEntry(str(f, "path"), size, sha));
    }
    return new Manifest(header, files);
  }

  // ---- submission ----

  static byte[] submission(SubmissionContent content) {
    JsonArrayBuilder judgments = Json.createArrayBuilder();
    for (ItemJudgment j : content.judgments()) {
      JsonArrayBuilder evidence = Json.createArrayBuilder();
      for (Evidence e : j.evidence()) {
        JsonObjectBuilder ev = Json.createObjectBuilder();
        nullable(ev, "clauseRef", e.clauseRef());
        nullable(ev, "clausePath", e.clausePath());
        ev.add("page", e.page());
        nullable(ev, "quote", e.quote());
        evidence.add(ev);
      }
      JsonObjectBuilder o = Json.createObjectBuilder().add("itemId", j.itemId());
      o.add("outcome", j.outcome().name());
      nullable(o, "severity", j.severity() == null ? null : j.severity().name());
      o.add("evidence", evidence);
      nullable(o, "rule", j.rule());
      nullable(o, "reason", j.reason());
      nullable(o, "reasonJa", j.reasonJa());
      judgments.add(o);
    }
    JsonArrayBuilder answers = Json.createArrayBuilder();
    for (SubmittedAnswer a : content.answers()) {
      JsonArrayBuilder evidence = Json.createArrayBuilder();
      for (EvidenceRef e : a.evidence()) {
        JsonObjectBuilder ev =
            Json.createObjectBuilder()
                .add("path", e.path())
                .add("fileName", e.fileName())
                .add("mediaType", e.mediaType())
                .add("size", e.size())
                .add("sha256", e.sha256());
        nullable(ev, "periodFrom", e.periodFrom() == null ? null : e.periodFrom().toString());
        nullable(ev, "periodTo", e.periodTo() == null ? null : e.periodTo().toString());
        evidence.add(ev);
      }
      JsonObjectBuilder o = Json.createObjectBuilder().add("questionNumber", a.questionNumber());
      nullable(o, "itemId", a.itemId());
      o.add(
          "question",
          Json.createObjectBuilder().add("ja", a.question().ja()).add("en", a.question().en()));
      o.add("answer", a.answer().name());
      nullable(o, "explanation", a.explanation());
      answers.add(o.add("evidence", evidence));
    }
    return write(
        Json.createObjectBuilder().add("judgments", judgments).add("answers", answers).build());
  }

  static SubmissionContent parseSubmission(byte[] json) {
    JsonObject root = read(json);
    List<ItemJudgment> judgments = new ArrayList<>();
    for (JsonObject o : objects(root, "judgments")) {
      List<Evidence> evidence = new ArrayList<>();
      for (JsonObject e : objects(o, "evidence")) {
        evidence.add(
            new Evidence(
                optStr(e, "clauseRef"),
                optStr(e, "clausePath"),
                (int) num(e, "page"),
                optStr(e, "quote")));
      }
      String severity = optStr(o, "severity");
      judgments.add(
          new ItemJudgment(
              str(o, "itemId"),
              parse(str(o, "outcome"), "outcome", Outcome::valueOf),
              severity == null ? null : parse(severity, "severity", Severity::valueOf),
              evidence,
              optStr(o, "rule"),
              optStr(o, "reason"),
              optStr(o, "reasonJa")));
    }
    List<SubmittedAnswer> answers = new ArrayList<>();
    for (JsonObject o : objects(root, "answers")) {
      List<EvidenceRef> evidence = new ArrayList<>();
      for (JsonObject e : objects(o, "evidence")) {
        evidence.add(
            new EvidenceRef(
                str(e, "path"),
                str(e, "fileName"),
                str(e, "mediaType"),
                num(e, "size"),
                str(e, "sha256"),
                date(optStr(e, "periodFrom")),
                date(optStr(e, "periodTo"))));
      }
      JsonObject question = obj(o, "question");
      answers.add(
          new SubmittedAnswer(
              (int) num(o, "questionNumber"),
              optStr(o, "itemId"),
              new LocalizedText(str(question, "ja"), str(question, "en")),
              parse(str(o, "answer"), "answer", AnswerValue::valueOf),
              optStr(o, "explanation"),
              evidence));
    }
    return new SubmissionContent(judgments, answers);
  }

  // ---- helpers ----

  private static byte[] write(JsonObject value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer =
        PRETTY.createWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      writer.writeObject(value);
    }
    return out.toByteArray();
  }

  private static JsonObject read(byte[] json) {
    try (JsonReader reader =
        Json.createReader(
            new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
    }
  }

  private static void nullable(JsonObjectBuilder o, String key, String value) {
    if (value == null) {
      o.addNull(key);
    } else {
      o.add(key, value);
    }
  }

  private static String str(JsonObject o, String key) {
    if (o.get(key) instanceof JsonString s) {
      return s.getString();
    }
    throw new IllegalArgumentException("'" + key + "' must be a string");
  }

  private static String optStr(JsonObject o, String key) {
    JsonValue v = o.get(key);
    return v == null || v == JsonValue.NULL ? null : str(o, key);
  }

  private static long num(JsonObject o, String key) {
    if (o.get(key) instanceof JsonNumber n && n.isIntegral()) {
      return n.longValueExact();
    }
    throw new IllegalArgumentException("'" + key + "' must be a whole number");
  }

  private static JsonObject obj(JsonObject o, String key) {
    if (o.get(key) instanceof JsonObject v) {
      return v;
    }
    throw new IllegalArgumentException("'" + key + "' must be an object");
  }

  private static List<JsonObject> objects(JsonObject o, String key) {
    if (!(o.get(key) instanceof JsonArray array)) {
      throw new IllegalArgumentException("'" + key + "' must be a list");
    }
    List<JsonObject> list = new ArrayList<>();
    for (JsonValue v : array) {
      if (!(v instanceof JsonObject item)) {
        throw new IllegalArgumentException("'" + key + "' must hold objects");
      }
      list.add(item);
    }
    return list;
  }

  private static LocalDate date(String value) {
    return value == null ? null : parse(value, "date", LocalDate::parse);
  }

  private static <T> T parse(String value, String field, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("'" + field + "' has an invalid value '" + value + "'");
    }
  }
}
