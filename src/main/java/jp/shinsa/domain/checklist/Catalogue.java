package jp.shinsa.domain.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A versioned checklist catalogue. Analyses record the version they were judged under so that a
 * finding can always be traced to the wording the officer saw.
 *
 * @param version catalogue version, e.g. "2025.1"
 * @param effectiveDate date from which this version applies
 * @param sourceNote where the content comes from and how far it is confirmed
 * @param items all items, METI and Digital Agency, in display order
 */
public record Catalogue(
    String version, LocalDate effectiveDate, String sourceNote, List<ChecklistItem> items) {

  public Catalogue {
    items = List.copyOf(items);
  }

  public Optional<ChecklistItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public List<ChecklistItem> itemsFor(ProcurementModel model) {
    return items.stream().filter(i -> i.appliesTo(model)).toList();
  }
}
