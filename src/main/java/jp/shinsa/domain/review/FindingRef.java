package jp.shinsa.domain.review;

import java.util.Objects;
import jp.shinsa.domain.judgment.Outcome;

/**
 * The finding a review is about, as the application layer knows it when the officer acts.
 *
 * @param organisationId the buyer organisation that owns the contract (tenancy)
 * @param contractId the contract
 * @param contractVersionId the version whose judgment the officer is looking at
 * @param itemId checklist item ID
 * @param engineOutcome what the engine judged
 * @param clause fingerprint of the decisive evidence clause, or {@link ClauseFingerprint#none()}
 * @param clausePath normalised path of that clause ("8.2"), or null when there is none
 */
public record FindingRef(
    Long organisationId,
    Long contractId,
    Long contractVersionId,
    String itemId,
    Outcome engineOutcome,
    ClauseFingerprint clause,
    String clausePath) {

  public FindingRef {
    Objects.requireNonNull(itemId, "item");
    Objects.requireNonNull(engineOutcome, "engine outcome");
    clause = clause == null ? ClauseFingerprint.none() : clause;
  }
}
