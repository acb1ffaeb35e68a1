package jp.shinsa.domain.judgment;

import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;

/**
 * All detection knowledge: per-item knowledge, the generic stance table shared by every item, and
 * the named adjustment rules the engine applies after a stance rule matched.
 *
 * @param items per-item knowledge by item ID
 * @param generic generic stance rules, keyed by polarity inside each rule, tried in order
 * @param adjustments named engine rules by role: "exception" (an exception takes a protection
 *     back), "externalReference" (the protection is left to an outside document), "missing" (no
 *     clause found), "noKnowledge" (no detection data for the item)
 */
public record DetectionKnowledge(
    Map<String, ItemDetection> items,
    List<StanceRule> generic,
    Map<String, StanceRule> adjustments) {

  public DetectionKnowledge {
    items = Map.copyOf(items);
    generic = List.copyOf(generic);
    adjustments = Map.copyOf(adjustments);
  }

  /** Validation check: catalogue items the engine can only ever judge MISSING. */
  public List<String> itemsWithoutKnowledge(Catalogue catalogue) {
    return catalogue.items().stream()
        .map(ChecklistItem::id)
        .filter(id -> !items.containsKey(id))
        .toList();
  }

  public StanceRule adjustment(String role) {
    StanceRule r = adjustments.get(role);
    if (r == null) {
      throw new IllegalStateException("detection data lacks the '" + role + "' adjustment rule");
    }
    return r;
  }
}
