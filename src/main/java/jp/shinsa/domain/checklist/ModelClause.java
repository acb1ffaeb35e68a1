package jp.shinsa.domain.checklist;

import java.util.List;
import java.util.Set;

/**
 * A buyer-favourable clause the portal can propose when a contract is silent or weak on an item.
 * Variants exist per model because what a buyer can realistically obtain differs: an addendum to
 * standard terms (M1), a flow-down to the upstream provider (M2), or a negotiated development
 * contract (M3).
 *
 * @param id stable clause ID, e.g. "MC-IN-USE-02-M1"
 * @param satisfies checklist item IDs the clause is written to satisfy
 * @param models procurement models the wording suits
 * @param title short title, ja/en
 * @param text the clause, ja (甲 = buyer, 乙 = vendor) / en ("Customer" / "Provider")
 * @param rationale why the clause protects the buyer, ja/en
 */
public record ModelClause(
    String id,
    List<String> satisfies,
    Set<ProcurementModel> models,
    LocalizedText title,
    LocalizedText text,
    LocalizedText rationale) {

  public ModelClause {
    satisfies = List.copyOf(satisfies);
    models = Set.copyOf(models);
  }

  public boolean fits(String itemId, ProcurementModel model) {
    return satisfies.contains(itemId) && models.contains(model);
  }
}
