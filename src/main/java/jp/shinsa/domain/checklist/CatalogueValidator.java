package jp.shinsa.domain.checklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a catalogue document and turns it into a {@link Catalogue}. The document is the parsed
 * file as plain Java values (maps with string keys, lists, strings, numbers, booleans, null), so
 * the check knows nothing about the file format and can report every problem with its location at
 * once.
 *
 * <p>Nothing here names an item or group: administrators replace the wording, add and remove items
 * and groups by uploading a new file, and only the file's own consistency is checked.
 */
public final class CatalogueValidator {

  /** Returns every problem in the document; an empty list means {@link #toCatalogue} succeeds. */
  public List<CatalogueError> validate(Object document) {
    Pass pass = new Pass();
    pass.catalogue(document);
    return pass.errors;
  }

  /**
   * Builds the catalogue, or throws listing all problems; a half-valid catalogue is never returned.
   */
  public Catalogue toCatalogue(Object document) {
    Pass pass = new Pass();
    Catalogue catalogue = pass.catalogue(document);
    if (!pass.errors.isEmpty()) {
      throw new CatalogueValidationException(pass.errors);
    }
    return catalogue;
  }

  /** One validation run; collects errors instead of stopping at the first. */
  private static final class Pass {
    private final List<CatalogueError> errors = new ArrayList<>();

    Catalogue catalogue(Object document) {
      if (!(document instanceof Map<?, ?> root)) {
        error("$", "the catalogue must be a JSON object");
        return null;
      }
      String version = requiredString(root, "version", "version");
      LocalDate effectiveDate = date(root, "effectiveDate");
      LocalizedText sourceNote = text(root.get("sourceNote"), "sourceNote");
      List<ChecklistGroup> groups = groups(root.get("groups"));
      Set<String> groupCodes = new HashSet<>();
      groups.forEach(g -> groupCodes.add(g.code()));
      List<ChecklistItem> items = items(root.get("items"), groupCodes);
      if (!errors.isEmpty()) {
        return null;
      }
      return new Catalogue(version, effectiveDate, sourceNote, groups, items);
    }

    private List<ChecklistGroup> groups(Object node) {
      List<ChecklistGroup> groups = new ArrayList<>();
      List<?> list = list(node, "groups");
      if (list == null) {
        return groups;
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String loc = "groups[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> g)) {
          error(loc, "a group must be an object");
          continue;
        }
        String code = requiredString(g, "code", loc + ".code");
        if (code != null && !seen.add(code)) {
          error(loc + ".code", "duplicate group code '" + code + "'");
        }
        ItemSource source = enumValue(ItemSource.class, g.get("source"), loc + ".source", true);
        LocalizedText title = text(g.get("title"), loc + ".title");
        groups.add(new ChecklistGroup(code, source, title));
      }
      return groups;
    }

    private List<ChecklistItem> items(Object node, Set<String> groupCodes) {
      List<ChecklistItem> items = new ArrayList<>();
      List<?> list = list(node, "items");
      if (list == null) {
        return items;
      }
      if (list.isEmpty()) {
        error("items", "the catalogue has no items");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String loc = "items[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> item)) {
          error(loc, "an item must be an object");
          continue;
        }
        items.add(item(item, loc, seen, groupCodes));
      }
      return items;
    }

    private ChecklistItem item(Map<?, ?> item, String loc, Set<String> seen, Set<String> groups) {
      String id = requiredString(item, "id", loc + ".id");
      if (id != null && !seen.add(id)) {
        error(loc + ".id", "duplicate item ID '" + id + "'");
      }
      ItemSource source = enumValue(ItemSource.class, item.get("source"), loc + ".source", true);
      String group = requiredString(item, "group", loc + ".group");
      if (group != null && !groups.contains(group)) {
        error(loc + ".group", "unknown group '" + group + "' (not listed in groups)");
      }
      LocalizedText title = text(item.get("title"), loc + ".title");
      LocalizedText question = text(item.get("question"), loc + ".question");
      Map<ProcurementModel, Applicability> applicability =
          perModel(item.get("applicability"), loc + ".applicability", Applicability.class, true);
      int priority = priority(item.get("priority"), loc + ".priority");
      Map<ProcurementModel, Severity> severity =
          perModel(item.get("severity"), loc + ".severity", Severity.class, false);
      Confirmation confirmation =
          enumValue(Confirmation.class, item.get("confirmation"), loc + ".confirmation", true);
      DaLevel level =
          enumValue(
              DaLevel.class,
              item.get("level"),
              loc + ".level",
              source == ItemSource.DIGITAL_AGENCY);
      Set<EvidenceKind> evidence = evidence(item.get("evidence"), loc + ".evidence");
      String referenceSection = optionalString(item, "referenceSection", loc + ".referenceSection");
      return new ChecklistItem(
          id,
          source,
          group,
          title,
          question,
          applicability,
          priority,
          severity,
          confirmation,
          level,
          evidence,
          referenceSection);
    }

    private <E extends Enum<E>> Map<ProcurementModel, E> perModel(
        Object node, String loc, Class<E> type, boolean required) {
      Map<ProcurementModel, E> result = new EnumMap<>(ProcurementModel.class);
      if (node == null) {
        if (required) {
          error(loc, "missing (give a value for each model M1, M2, M3)");
        }
        return result;
      }
      if (!(node instanceof Map<?, ?> map)) {
        error(loc, "must be an object keyed by model code (M1, M2, M3)");
        return result;
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        ProcurementModel model = constant(ProcurementModel.class, key);
        if (model == null) {
          error(loc + "." + key, "unknown model code '" + key + "' (expected M1, M2 or M3)");
        }
        E value = enumValue(type, entry.getValue(), loc + "." + key, true);
        if (model != null && value != null) {
          result.put(model, value);
        }
      }
      return result;
    }

    private Set<EvidenceKind> evidence(Object node, String loc) {
      Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
      if (node == null) {
        return kinds;
      }
      List<?> list = list(node, loc);
      if (list == null) {
        return kinds;
      }
      for (int i = 0; i < list.size(); i++) {
        EvidenceKind kind = enumValue(EvidenceKind.class, list.get(i), loc + "[" + i + "]", true);
        if (kind != null) {
          kinds.add(kind);
        }
      }
      return kinds;
    }

    private int priority(Object node, String loc) {
      if (node == null) {
        error(loc, "missing (1, 2 or 3)");
        return 0;
      }
      if (!(node instanceof Number number) || !isWhole(number)) {
        error(loc, "must be a whole number 1, 2 or 3, found '" + node + "'");
        return 0;
      }
      int value = number.intValue();
      if (value < 1 || value > 3) {
        error(loc, "priority " + value + " is outside 1..3");
      }
      return value;
    }

    private static boolean isWhole(Number number) {
      if (number instanceof BigDecimal decimal) {
        return decimal.stripTrailingZeros().scale() <= 0
            && decimal.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
      }
      return number instanceof Integer || number instanceof Long || number instanceof Short;
    }

    private LocalDate date(Map<?, ?> map, String key) {
      String raw = requiredString(map, key, key);
      if (raw == null) {
        return null;
      }
      try {
        return LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        error(key, "'" + raw + "' is not a date in the form YYYY-MM-DD");
        return null;
      }
    }

    private LocalizedText text(Object node, String loc) {
      if (node == null) {
        error(loc, "missing (give both ja and en)");
        return null;
      }
      if (!(node instanceof Map<?, ?> map)) {
        error(loc, "must be an object with ja and en");
        return null;
      }
      String ja = requiredString(map, "ja", loc + ".ja");
      String en = requiredString(map, "en", loc + ".en");
      return new LocalizedText(ja, en);
    }

    private List<?> list(Object node, String loc) {
      if (node == null) {
        error(loc, "missing (must be a list)");
        return null;
      }
      if (!(node instanceof List<?> list)) {
        error(loc, "must be a list");
        return null;
      }
      return list;
    }

    private String requiredString(Map<?, ?> map, String key, String loc) {
      Object value = map.get(key);
      if (value == null) {
        error(loc, "missing");
        return null;
      }
      if (!(value instanceof String s)) {
        error(loc, "must be text, found '" + value + "'");
        return null;
      }
      if (s.isBlank()) {
        error(loc, "is empty");
        return null;
      }
      return s;
    }

    private String optionalString(Map<?, ?> map, String key, String loc) {
      return map.get(key) == null ? null : requiredString(map, key, loc);
    }

    private <E extends Enum<E>> E enumValue(
        Class<E> type, Object node, String loc, boolean required) {
      if (node == null) {
        if (required) {
          error(loc, "missing (one of " + names(type) + ")");
        }
        return null;
      }
      E value = node instanceof String s ? constant(type, s) : null;
      if (value == null) {
        error(loc, "unknown value '" + node + "' (expected one of " + names(type) + ")");
      }
      return value;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      return null;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
      Map<String, E> byName = new LinkedHashMap<>();
      for (E constant : type.getEnumConstants()) {
        byName.put(constant.name(), constant);
      }
      return String.join(", ", byName.keySet());
    }

    private void error(String location, String message) {
      errors.add(new CatalogueError(location, message));
    }
  }
}
