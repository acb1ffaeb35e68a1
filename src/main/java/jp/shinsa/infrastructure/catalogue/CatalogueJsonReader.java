package jp.shinsa.infrastructure.catalogue;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.CatalogueValidator;
import jp.shinsa.domain.checklist.ChecklistGroup;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.EvidenceKind;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * Reads and writes the checklist catalogue in its JSON form (format in
 * contracts-templates/README.md). {@link #read} either returns a complete, valid catalogue or
 * throws with every problem found, so an uploaded file can never leave the portal judging against a
 * half-loaded catalogue.
 */
public class CatalogueJsonReader {

  /** Classpath location of the catalogue shipped with the portal. */
  public static final String BUNDLED = "/contracts-templates/catalogue/shinsa-catalogue.json";

  private final CatalogueValidator validator = new CatalogueValidator();

  public Catalogue read(InputStream in) {
    return validator.toCatalogue(JsonTree.parse(in));
  }

  public Catalogue readBundled() {
    try (InputStream in = CatalogueJsonReader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new CatalogueValidationException(
            List.of(new CatalogueError("$", "bundled catalogue not found at " + BUNDLED)));
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the catalogue so that {@link #read} gives back an equal catalogue. */
  public String toJson(Catalogue catalogue) {
    JsonObjectBuilder root =
        JsonTree.provider()
            .createObjectBuilder()
            .add("version", catalogue.version())
            .add("effectiveDate", catalogue.effectiveDate().toString())
            .add("sourceNote", text(catalogue.sourceNote()));
    JsonArrayBuilder groups = JsonTree.provider().createArrayBuilder();
    for (ChecklistGroup group : catalogue.groups()) {
      groups.add(
          JsonTree.provider()
              .createObjectBuilder()
              .add("code", group.code())
              .add("source", group.source().name())
              .add("title", text(group.title())));
    }
    root.add("groups", groups);
    JsonArrayBuilder items = JsonTree.provider().createArrayBuilder();
    catalogue.items().forEach(item -> items.add(item(item)));
    root.add("items", items);
    return pretty(root.build());
  }

  private static JsonObjectBuilder item(ChecklistItem item) {
    JsonObjectBuilder json =
        JsonTree.provider()
            .createObjectBuilder()
            .add("id", item.id())
            .add("source", item.source().name())
            .add("group", item.group())
            .add("title", text(item.title()))
            .add("question", text(item.question()))
            .add("applicability", perModel(item.applicability()))
            .add("priority", item.priority())
            .add("severity", perModel(item.severity()))
            .add("confirmation", item.confirmation().name());
    if (item.daLevel() != null) {
      json.add("level", item.daLevel().name());
    }
    if (!item.evidenceKinds().isEmpty()) {
      JsonArrayBuilder evidence = JsonTree.provider().createArrayBuilder();
      for (EvidenceKind kind : EvidenceKind.values()) {
        if (item.evidenceKinds().contains(kind)) {
          evidence.add(kind.name());
        }
      }
      json.add("evidence", evidence);
    }
    if (item.referenceSection() != null) {
      json.add("referenceSection", item.referenceSection());
    }
    return json;
  }

  private static JsonObjectBuilder perModel(Map<ProcurementModel, ? extends Enum<?>> values) {
    JsonObjectBuilder json = JsonTree.provider().createObjectBuilder();
    for (ProcurementModel model : ProcurementModel.values()) {
      Enum<?> value = values.get(model);
      if (value != null) {
        json.add(model.name(), value.name());
      }
    }
    return json;
  }

  private static JsonObjectBuilder text(LocalizedText text) {
    return JsonTree.provider().createObjectBuilder().add("ja", text.ja()).add("en", text.en());
  }

  private static String pretty(JsonObject object) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer =
        JsonTree.provider()
            .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString().strip() + "\n";
  }
}
