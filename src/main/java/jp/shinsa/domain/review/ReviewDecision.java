package jp.shinsa.domain.review;

/** What an officer decided about one finding. */
public enum ReviewDecision {
  /** The engine's outcome is right. */
  CONFIRMED,
  /** The engine's outcome is wrong; the officer's outcome replaces it (reason required). */
  OVERRIDDEN,
  /** The checklist item does not apply to this contract (reason required). */
  NOT_APPLICABLE
}
