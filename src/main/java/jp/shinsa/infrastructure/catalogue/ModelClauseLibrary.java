package jp.shinsa.infrastructure.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinsa.domain.checklist.CatalogueError;
import jp.shinsa.domain.checklist.CatalogueValidationException;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ModelClause;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * The buyer-favourable model clauses (contracts-templates/model-clauses/model-clauses.json). A
 * remediation step asks it for the wording to propose for one item under one procurement model.
 */
public final class ModelClauseLibrary {

  /** Classpath location of the clause file shipped with the portal. */
  public static final String BUNDLED = "/contracts-templates/model-clauses/model-clauses.json";

  private final List<ModelClause> clauses;
  private final LocalizedText convention;

  private ModelClauseLibrary(List<ModelClause> clauses, LocalizedText convention) {
    this.clauses = List.copyOf(clauses);
    this.convention = convention;
  }

  /** Reads a clause file; throws with every problem found rather than loading part of it. */
  public static ModelClauseLibrary read(InputStream in) {
    Parse parse = new Parse();
    ModelClauseLibrary library = parse.library(JsonTree.parse(in));
    if (!parse.errors.isEmpty()) {
      throw new CatalogueValidationException(parse.errors);
    }
    return library;
  }

  public static ModelClauseLibrary bundled() {
    try (InputStream in = ModelClauseLibrary.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new CatalogueValidationException(
            List.of(new CatalogueError("$", "bundled model clauses not found at " + BUNDLED)));
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Clauses written to satisfy the item whose wording suits the model, in file order. */
  public List<ModelClause> forItem(String itemId, ProcurementModel model) {
    return clauses.stream().filter(c -> c.fits(itemId, model)).toList();
  }

  public List<ModelClause> all() {
    return clauses;
  }

  /** How the file names the parties (甲/乙, Customer/Provider), to show beside any clause. */
  public LocalizedText convention() {
    return convention;
  }

  private static final class Parse extends FieldReader {

    ModelClauseLibrary library(Object document) {
      if (!(document instanceof Map<?, ?> root)) {
        error("$", "the clause file must be a JSON object");
        return null;
      }
      LocalizedText convention = text(root.get("convention"), "convention");
      List<ModelClause> clauses = new ArrayList<>();
      if (!(root.get("clauses") instanceof List<?> list) || list.isEmpty()) {
        error("clauses", "missing or empty (must be a non-empty list)");
        return null;
      }
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        String loc = "clauses[" + i + "]";
        if (!(list.get(i) instanceof Map<?, ?> clause)) {
          error(loc, "a clause must be an object");
          continue;
        }
        String id = string(clause.get("id"), loc + ".id");
        if (id != null && !ids.add(id)) {
          error(loc + ".id", "duplicate clause ID '" + id + "'");
        }
        List<String> satisfies = strings(clause.get("satisfies"), loc + ".satisfies");
        Set<ProcurementModel> models = models(clause.get("models"), loc + ".models");
        clauses.add(
            new ModelClause(
                id,
                satisfies,
                models,
                text(clause.get("title"), loc + ".title"),
                text(clause.get("text"), loc + ".text"),
                text(clause.get("rationale"), loc + ".rationale")));
      }
      return new ModelClauseLibrary(clauses, convention);
    }

    private List<String> strings(Object node, String loc) {
      List<String> result = new ArrayList<>();
      if (!(node instanceof List<?> list) || list.isEmpty()) {
        error(loc, "must be a non-empty list of item IDs");
        return result;
      }
      for (int i = 0; i < list.size(); i++) {
        String value = string(list.get(i), loc + "[" + i + "]");
        if (value != null) {
          result.add(value);
        }
      }
      return result;
    }

    private Set<ProcurementModel> models(Object node, String loc) {
      Set<ProcurementModel> result = EnumSet.noneOf(ProcurementModel.class);
      for (String code : strings(node, loc)) {
        try {
          result.add(ProcurementModel.valueOf(code));
        } catch (IllegalArgumentException e) {
          error(loc, "unknown model code '" + code + "' (expected M1, M2 or M3)");
        }
      }
      return result;
    }
  }
}
