package jp.shinsa.domain.remediation;

import java.util.Objects;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.Outcome;

/**
 * What a new remediation item is about, as assembled by the application from a finding, the
 * catalogue and the model-clause library.
 *
 * @param organisationId buyer organisation that owns the contract (tenancy)
 * @param vendorOrganisationId vendor organisation whose users may see and answer the item, or null
 * @param contractId the contract
 * @param contractVersionId the version whose finding opened the item
 * @param itemId checklist item ID
 * @param findingOutcome the (effective) outcome of that finding: the gap being fixed
 * @param problem what is wrong, in plain words, ja/en
 * @param proposedClauseId model clause proposed as the fix, or null when the library has none
 * @param proposedClauseText its wording ja/en (copied: the library may change later), or null
 * @param priority initial priority
 * @param automatic true when {@link RemediationPolicy} proposed it, false when an officer opened it
 */
public record RemediationProposal(
    Long organisationId,
    Long vendorOrganisationId,
    Long contractId,
    Long contractVersionId,
    String itemId,
    Outcome findingOutcome,
    LocalizedText problem,
    String proposedClauseId,
    LocalizedText proposedClauseText,
    Priority priority,
    boolean automatic) {

  public RemediationProposal {
    Objects.requireNonNull(organisationId, "organisation");
    Objects.requireNonNull(contractId, "contract");
    Objects.requireNonNull(itemId, "item");
    Objects.requireNonNull(findingOutcome, "finding outcome");
    Objects.requireNonNull(problem, "problem text");
    priority = priority == null ? Priority.MEDIUM : priority;
  }
}
