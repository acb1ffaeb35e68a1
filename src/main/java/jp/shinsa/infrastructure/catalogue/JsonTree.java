package jp.shinsa.infrastructure.catalogue;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;

/**
 * Parses JSON into plain Java values so that the domain validators can check a document without
 * depending on JSON-P. Syntax errors become one {@link CatalogueError} that points at the line and
 * column, which is what an administrator needs to fix a hand-edited file.
 */
final class JsonTree {

  private static final JsonProvider JSON = JsonProvider.provider();

  private JsonTree() {}

  static Object parse(InputStream in) {
    Objects.requireNonNull(in, "input stream");
    try (JsonReader reader = JSON.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return plain(reader.readValue());
    } catch (JsonParsingException e) {
      throw new CatalogueValidationException(
          List.of(new CatalogueError(where(e.getLocation()), "malformed JSON: " + e.getMessage())));
    } catch (JsonException e) {
      throw new CatalogueValidationException(
          List.of(new CatalogueError("$", "unreadable JSON: " + e.getMessage())));
    }
  }

  static JsonProvider provider() {
    return JSON;
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNumber() < 0) {
      return "$";
    }
    return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
  }

  static Object plain(JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        ((JsonObject) value).forEach((k, v) -> map.put(k, plain(v)));
        return map;
      case ARRAY:
        List<Object> list = new ArrayList<>();
        ((JsonArray) value).forEach(v -> list.add(plain(v)));
        return list;
      case STRING:
        return ((JsonString) value).getString();
      case NUMBER:
        return ((JsonNumber) value).bigDecimalValue();
      case TRUE:
        return Boolean.TRUE;
      case FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }
}
