package jp.shinsa.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operations a running portal publishes in its OpenAPI document (YAML), so that a sweep covers
 * endpoints added later without anyone remembering to list them.
 */
public final class OpenApiEndpoints {

  /** One operation: HTTP method and the path relative to the REST root ({@code api/v1/}). */
  public record Operation(String method, String path) {}

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private OpenApiEndpoints() {}

  /**
   * Reads the {@code paths:} block: path keys one level in, method keys two levels in. Paths are
   * cut down to what follows {@code api/v1/} because the document may or may not carry the context
   * root.
   */
  public static List<Operation> parse(String yaml) {
    List<Operation> out = new ArrayList<>();
    boolean inPaths = false;
    int pathIndent = -1;
    String current = null;
    for (String raw : yaml.split("\\R")) {
      if (raw.isBlank() || raw.trim().startsWith("#")) {
        continue;
      }
      int indent = raw.length() - raw.stripLeading().length();
      String line = raw.trim();
      if (indent == 0) {
        inPaths = line.equals("paths:");
        current = null;
        pathIndent = -1;
        continue;
      }
      if (!inPaths) {
        continue;
      }
      String key = key(line);
      if (key.startsWith("/") && (pathIndent < 0 || indent == pathIndent)) {
        pathIndent = indent;
        current = relative(key);
      } else if (current != null
          && indent > pathIndent
          && METHODS.contains(key.toLowerCase(Locale.ROOT))
          && isMethodLevel(indent, pathIndent)) {
        out.add(new Operation(key.toUpperCase(Locale.ROOT), current));
      }
    }
    return out;
  }

  private static boolean isMethodLevel(int indent, int pathIndent) {
    // YAML writers indent by 2 or 4; a method key sits exactly one step below its path.
    return indent == pathIndent + 2 || indent == pathIndent + 4;
  }

  /** The mapping key a line opens ({@code key:} or {@code key: value}), or "" for list items. */
  private static String key(String line) {
    if (line.startsWith("-")) {
      return "";
    }
    int colon = line.endsWith(":") ? line.length() - 1 : line.indexOf(": ");
    return colon < 0 ? "" : unquote(line.substring(0, colon).trim());
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static String relative(String path) {
    int at = path.indexOf("api/v1/");
    String p = at >= 0 ? path.substring(at + "api/v1/".length()) : path.replaceFirst("^/+", "");
    return p.replaceAll("/+$", "");
  }
}
