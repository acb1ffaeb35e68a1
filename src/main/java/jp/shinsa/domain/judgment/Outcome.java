package jp.shinsa.domain.judgment;

/** The judged outcome of one checklist item for one contract version. */
public enum Outcome {
  /** The contract protects the buyer on this point. */
  SATISFIED,
  /** The contract addresses the point, but neutrally or weakly. */
  PARTIAL,
  /** The contract is silent. */
  MISSING,
  /** The contract works against the buyer. */
  UNFAVOURABLE,
  /** Marked not applicable by an officer (never produced by the engine). */
  NOT_APPLICABLE
}
