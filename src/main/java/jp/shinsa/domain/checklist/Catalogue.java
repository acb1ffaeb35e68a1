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
 * @param sourceNote where the content comes from and how far it is confirmed, ja/en
 * @param groups item headings in display order
 * @param items all items, METI and Digital Agency, in display order
 */
public record Catalogue(
    String version,
    LocalDate effectiveDate,
    LocalizedText sourceNote,
    List<ChecklistGroup> groups,
    List<ChecklistItem> items) {

  public Catalogue {
    groups = List.copyOf(groups);
    items = List.copyOf(items);
  }

  /** Kept for callers written before groups existed; the note serves both languages. */
  public Catalogue(
      String version, LocalDate effectiveDate, String sourceNote, List<ChecklistItem> items) {
    this(version, effectiveDate, new LocalizedText(sourceNote, sourceNote), List.of(), items);
  }

  public Optional<ChecklistItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public List<ChecklistItem> itemsFor(ProcurementModel model) {
    return items.stream().filter(i -> i.appliesTo(model)).toList();
  }

  public Optional<ChecklistGroup> group(String code) {
    return groups.stream().filter(g -> g.code().equals(code)).findFirst();
  }

  public List<ChecklistItem> itemsIn(String groupCode) {
    return items.stream().filter(i -> i.group().equals(groupCode)).toList();
  }
}
