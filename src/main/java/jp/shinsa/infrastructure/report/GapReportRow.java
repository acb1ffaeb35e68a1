package jp.shinsa.infrastructure.report;

import java.time.LocalDate;
import java.util.Objects;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.remediation.RemediationState;

/**
 * One checklist item in the report.
 *
 * @param itemId checklist item ID
 * @param title item title ja/en
 * @param outcome the effective outcome (after any officer's review)
 * @param overridden true when an officer overrode the engine's outcome (shown as such)
 * @param severity gap severity under the model, or null (e.g. for SATISFIED)
 * @param evidenceRef the evidence clause's number as printed, or null when there is none
 * @param evidenceQuote the decisive sentence, verbatim, or null
 * @param remediationState state of the remediation item, or null when there is none
 * @param fixedInVersion version number that fixed the item (shown with FIXED_IN_VERSION), or null
 * @param dueDate the remediation item's due date, or null
 */
public record GapReportRow(
    String itemId,
    LocalizedText title,
    Outcome outcome,
    boolean overridden,
    Severity severity,
    String evidenceRef,
    String evidenceQuote,
    RemediationState remediationState,
    Integer fixedInVersion,
    LocalDate dueDate) {

  public GapReportRow {
    Objects.requireNonNull(itemId, "item ID");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outcome, "outcome");
  }
}
