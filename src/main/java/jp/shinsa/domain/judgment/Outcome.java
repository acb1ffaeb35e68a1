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
  NOT_APPLICABLE;

  /** A gap the buyer has to follow up: anything short of a protection, silence included. */
  public boolean isGap() {
    return this == PARTIAL || this == MISSING || this == UNFAVOURABLE;
  }
}
