package jp.shinsa.infrastructure.detection;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.judgment.ModelSignal;

/** Reads {@code detection/model-signals.json}. */
public final class ModelSignalJsonReader {

  private ModelSignalJsonReader() {}

  public static List<ModelSignal> readBundled() {
    return read(JsonData.bundled("detection/model-signals.json"));
  }

  static List<ModelSignal> read(JsonObject root) {
    List<ModelSignal> out = new ArrayList<>();
    for (JsonValue v : root.getJsonArray("signals")) {
      JsonObject o = (JsonObject) v;
      String id = o.getString("id");
      out.add(
          new ModelSignal(
              id,
              ProcurementModel.valueOf(o.getString("model")),
              // As written, not factored: the signal's text, regex included, is what the
              // version's model_signals column records (AnalysisStore.signals).
              JsonData.alternationAsWritten(JsonData.strings(o, "patterns"), id),
              o.getInt("weight", 1),
              JsonData.text(o, "label")));
    }
    return out;
  }
}
