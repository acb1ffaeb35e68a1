package jp.shinsa.infrastructure.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.LocalizedText;

/**
 * Reads required fields out of a parsed JSON document (plain maps and lists), collecting every
 * problem with its location instead of stopping at the first, so that an administrator sees all
 * mistakes in a data file at once. Shared by the readers of the data files beside the catalogue.
 */
abstract class FieldReader {

  final List<CatalogueError> errors = new ArrayList<>();

  LocalizedText text(Object node, String loc) {
    if (!(node instanceof Map<?, ?> map)) {
      error(loc, "missing (give both ja and en)");
      return null;
    }
    return new LocalizedText(
        string(map.get("ja"), loc + ".ja"), string(map.get("en"), loc + ".en"));
  }

  String string(Object node, String loc) {
    if (!(node instanceof String s) || s.isBlank()) {
      error(loc, node == null ? "missing" : "must be non-empty text");
      return null;
    }
    return s;
  }

  void error(String location, String message) {
    errors.add(new CatalogueError(location, message));
  }
}
