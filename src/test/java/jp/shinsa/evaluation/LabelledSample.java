package jp.shinsa.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.judgment.Outcome;

/** One labelled sample: {@code <id>.txt} plus {@code <id>.labels.json}. */
record LabelledSample(String id, ProcurementModel model, String text, List<Label> labels) {

  record Label(String item, Outcome outcome, String clauseRef, String clausePath) {}

  /** One UTF-8 JSON object file of the labelled data (labels, phrase bank). */
  static JsonObject readJson(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader jr = Json.createReader(r)) {
      return jr.readObject();
    }
  }

  static List<LabelledSample> readAll(Path dir) throws IOException {
    List<LabelledSample> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".labels.json")).sorted().toList()) {
        String id = p.getFileName().toString().replace(".labels.json", "");
        Path txt = dir.resolve(id + ".txt");
        if (!Files.exists(txt)) {
          continue;
        }
        JsonObject o = readJson(p);
        List<Label> labels = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("labels")) {
          JsonObject l = (JsonObject) v;
          labels.add(
              new Label(
                  l.getString("item"),
                  Outcome.valueOf(l.getString("outcome")),
                  l.isNull("clauseRef") ? null : l.getString("clauseRef"),
                  l.isNull("clausePath") ? null : l.getString("clausePath")));
        }
        out.add(
            new LabelledSample(
                id,
                ProcurementModel.valueOf(o.getString("model")),
                Files.readString(txt, StandardCharsets.UTF_8),
                labels));
      }
    }
    return out;
  }
}
