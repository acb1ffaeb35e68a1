package jp.shinsa.infrastructure.remediation;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.shinsa.domain.remediation.RemediationPolicy;

/** Reads {@code remediation-policy.json}; refuses a file that would silently cover nothing. */
public final class RemediationPolicyReader {

  /** Classpath location of the policy shipped with the portal. */
  public static final String BUNDLED = "/contracts-templates/remediation-policy.json";

  private RemediationPolicyReader() {}

  public static RemediationPolicy bundled() {
    try (InputStream in = RemediationPolicyReader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException(
            "Remediation policy not found on the classpath at " + BUNDLED);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RemediationPolicy read(InputStream in) {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      root = reader.readObject();
    } catch (JsonException | ClassCastException e) {
      throw new IllegalArgumentException(
          "Remediation policy is not a JSON object: " + e.getMessage(), e);
    }
    JsonValue auto = root.get("autoPropose");
    if (!(auto instanceof JsonObject autoPropose)) {
      throw new IllegalArgumentException("Remediation policy: 'autoPropose' object is missing");
    }
    List<String> prefixes = strings(autoPropose, "itemPrefixes");
    Set<String> ids = new LinkedHashSet<>(strings(autoPropose, "itemIds"));
    if (prefixes.isEmpty() && ids.isEmpty()) {
      throw new IllegalArgumentException(
          "Remediation policy: 'autoPropose' names no itemPrefixes and no itemIds");
    }
    return new RemediationPolicy(prefixes, ids);
  }

  private static List<String> strings(JsonObject object, String key) {
    JsonValue value = object.get(key);
    List<String> result = new ArrayList<>();
    if (value == null || value == JsonValue.NULL) {
      return result;
    }
    if (!(value instanceof JsonArray array)) {
      throw new IllegalArgumentException(
          "Remediation policy: 'autoPropose." + key + "' must be a list of strings");
    }
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
        throw new IllegalArgumentException(
            "Remediation policy: 'autoPropose." + key + "[" + i + "]' must be non-empty text");
      }
      result.add(s.getString().strip());
    }
    return result;
  }
}
