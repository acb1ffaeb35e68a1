package jp.shinsa.infrastructure.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.HighRiskSheet;
import jp.shinsa.domain.checklist.HighRiskSheet.AnswerOption;
import jp.shinsa.domain.checklist.HighRiskSheet.Viewpoint;
import jp.shinsa.domain.checklist.LocalizedText;

/**
 * Reads the DS-920 high-risk determination sheet
 * (contracts-templates/catalogue/ds920-high-risk-sheet.json); like the catalogue, a file with any
 * problem is refused with all problems listed.
 */
public final class HighRiskSheetReader {

  /** Classpath location of the sheet shipped with the portal. */
  public static final String BUNDLED = "/contracts-templates/catalogue/ds920-high-risk-sheet.json";

  public HighRiskSheet read(InputStream in) {
    Parse parse = new Parse();
    HighRiskSheet sheet = parse.sheet(JsonTree.parse(in));
    if (!parse.errors.isEmpty()) {
      throw new CatalogueValidationException(parse.errors);
    }
    return sheet;
  }

  public HighRiskSheet readBundled() {
    try (InputStream in = HighRiskSheetReader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new CatalogueValidationException(
            List.of(new CatalogueError("$", "bundled high-risk sheet not found at " + BUNDLED)));
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Parse extends FieldReader {

    HighRiskSheet sheet(Object document) {
      if (!(document instanceof Map<?, ?> root)) {
        error("$", "the sheet must be a JSON object");
        return null;
      }
      String version = string(root.get("version"), "version");
      LocalizedText note = text(root.get("sourceNote"), "sourceNote");
      List<Viewpoint> viewpoints = new ArrayList<>();
      List<?> list = list(root.get("viewpoints"), "viewpoints", true);
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String loc = "viewpoints[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> v)) {
          error(loc, "a viewpoint must be an object");
          continue;
        }
        String code = string(v.get("code"), loc + ".code");
        if (code != null && !codes.add(code)) {
          error(loc + ".code", "duplicate viewpoint code '" + code + "'");
        }
        viewpoints.add(
            new Viewpoint(
                code,
                text(v.get("title"), loc + ".title"),
                text(v.get("question"), loc + ".question"),
                options(v.get("options"), loc + ".options")));
      }
      List<String> required = strings(root.get("requiredWhenHighRisk"), "requiredWhenHighRisk");
      return new HighRiskSheet(version, note, viewpoints, required);
    }

    private List<AnswerOption> options(Object node, String loc) {
      List<AnswerOption> options = new ArrayList<>();
      List<?> list = list(node, loc, true);
      Set<String> codes = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String at = loc + "[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> o)) {
          error(at, "an option must be an object");
          continue;
        }
        String code = string(o.get("code"), at + ".code");
        if (code != null && !codes.add(code)) {
          error(at + ".code", "duplicate option code '" + code + "'");
        }
        if (!(o.get("highRisk") instanceof Boolean highRisk)) {
          error(at + ".highRisk", "must be true or false");
          continue;
        }
        List<String> requires =
            o.get("requires") == null ? List.of() : strings(o.get("requires"), at + ".requires");
        options.add(
            new AnswerOption(code, text(o.get("label"), at + ".label"), highRisk, requires));
      }
      return options;
    }

    private List<String> strings(Object node, String loc) {
      List<String> result = new ArrayList<>();
      List<?> list = list(node, loc, false);
      for (int i = 0; i < list.size(); i++) {
        String value = string(list.get(i), loc + "[" + i + "]");
        if (value != null) {
          result.add(value);
        }
      }
      return result;
    }

    private List<?> list(Object node, String loc, boolean nonEmpty) {
      if (!(node instanceof List<?> list) || (nonEmpty && list.isEmpty())) {
        error(loc, nonEmpty ? "must be a non-empty list" : "must be a list");
        return List.of();
      }
      return list;
    }
  }
}
