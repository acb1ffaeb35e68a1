package jp.shinsa.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Something that happened and must be on the record, before it is placed in the chain.
 *
 * @param at when it happened
 * @param actor username of who did it ("system" for automatic steps)
 * @param organisation organisation code of the actor
 * @param action what was done, as a stable dotted code ("remediation.waived", "review.overridden")
 * @param subjectType the kind of thing acted on ("contract", "finding", "remediation-item")
 * @param subjectId its identifier
 * @param detailsJson a JSON object with the particulars, stored verbatim (may be null)
 */
public record AuditEvent(
    Instant at,
    String actor,
    String organisation,
    String action,
    String subjectType,
    String subjectId,
    String detailsJson) {

  public AuditEvent {
    Objects.requireNonNull(at, "time");
    requireText(actor, "actor");
    requireText(action, "action");
    requireText(subjectType, "subject type");
  }

  private static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("An audit entry needs its " + what);
    }
  }
}
