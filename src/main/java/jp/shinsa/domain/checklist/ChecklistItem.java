package jp.shinsa.domain.checklist;

import java.util.Map;
import java.util.Set;

/**
 * One item of a checklist catalogue. The {@code id} (e.g. "IN-USE-02", "AUD-03", "DA-DATA-01") is a
 * stable key: findings, remediation items and questionnaires refer to it across catalogue versions.
 *
 * @param id stable item ID from the reference notes' index
 * @param source METI or Digital Agency
 * @param group heading group code ("IN-USE", "AUD", "DA-DATA", ...)
 * @param title short title, ja/en
 * @param question the check question, ja/en
 * @param applicability per model; a model missing from the map means {@link Applicability#NONE}
 * @param priority 1 (must check) to 3 (useful)
 * @param severity gap severity per model; missing means the item's default severity
 * @param confirmation source backing
 * @param daLevel DS-920 level, only for Digital Agency items (null for METI)
 * @param evidenceKinds what a vendor may show for a DS-920 item (empty for METI)
 * @param referenceSection section of the reference note the item comes from (e.g. "§5.3"), or null
 */
public record ChecklistItem(
    String id,
    ItemSource source,
    String group,
    LocalizedText title,
    LocalizedText question,
    Map<ProcurementModel, Applicability> applicability,
    int priority,
    Map<ProcurementModel, Severity> severity,
    Confirmation confirmation,
    DaLevel daLevel,
    Set<EvidenceKind> evidenceKinds,
    String referenceSection) {

  public ChecklistItem {
    applicability = Map.copyOf(applicability);
    severity = Map.copyOf(severity);
    evidenceKinds = evidenceKinds == null ? Set.of() : Set.copyOf(evidenceKinds);
  }

  /** Kept for callers written before evidence kinds and reference sections existed. */
  public ChecklistItem(
      String id,
      ItemSource source,
      String group,
      LocalizedText title,
      LocalizedText question,
      Map<ProcurementModel, Applicability> applicability,
      int priority,
      Map<ProcurementModel, Severity> severity,
      Confirmation confirmation,
      DaLevel daLevel) {
    this(
        id,
        source,
        group,
        title,
        question,
        applicability,
        priority,
        severity,
        confirmation,
        daLevel,
        Set.of(),
        null);
  }

  public Applicability applicabilityFor(ProcurementModel model) {
    return applicability.getOrDefault(model, Applicability.NONE);
  }

  public boolean appliesTo(ProcurementModel model) {
    return applicabilityFor(model) != Applicability.NONE;
  }

  public Severity severityFor(ProcurementModel model) {
    return severity.getOrDefault(model, priority == 1 ? Severity.HIGH : Severity.MEDIUM);
  }
}
