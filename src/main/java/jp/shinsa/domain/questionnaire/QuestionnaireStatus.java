package jp.shinsa.domain.questionnaire;

/**
 * Where a questionnaire is in its exchange between officer and vendor.
 *
 * <pre>
 * DRAFT → SENT → SUBMITTED → CLARIFICATION_REQUESTED ⇄ RESUBMITTED → ACCEPTED
 *                                                   any open state → CLOSED
 * self-assessment:  PREPARING ⇄ COMPLETE
 * </pre>
 */
public enum QuestionnaireStatus {
  /** Being prepared by the officer; the vendor cannot see it yet. */
  DRAFT,
  /** Sent to the vendor, who may save draft answers and submit. */
  SENT,
  /** Submitted by the vendor for the first time; the officer reviews. */
  SUBMITTED,
  /** The officer asked for clarification on at least one answer; the vendor answers again. */
  CLARIFICATION_REQUESTED,
  /** The vendor answered the clarification requests; the officer reviews again. */
  RESUBMITTED,
  /** Every answer accepted; final. */
  ACCEPTED,
  /** Closed by the officer without (further) acceptance; final. */
  CLOSED,
  /** A supplier's self-assessment being answered; draft answers may change. */
  PREPARING,
  /**
   * A supplier's self-assessment marked complete: its answers go into submission packages. The
   * supplier may reopen it to fix an answer (each completion is a round of the answer history).
   */
  COMPLETE;

  /** Whether the vendor (or the supplier assessing itself) may currently change answers. */
  public boolean vendorMayAnswer() {
    return this == SENT || this == CLARIFICATION_REQUESTED || this == PREPARING;
  }

  /** Whether the officer is currently reviewing answers. */
  public boolean underReview() {
    return this == SUBMITTED || this == RESUBMITTED;
  }

  public boolean isFinal() {
    return this == ACCEPTED || this == CLOSED;
  }
}
