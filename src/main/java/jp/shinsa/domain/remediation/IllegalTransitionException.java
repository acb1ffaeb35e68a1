package jp.shinsa.domain.remediation;

/** A move between two states that the remediation workflow does not have. */
public class IllegalTransitionException extends RemediationException {

  private static final long serialVersionUID = 1L;

  private final RemediationState from;
  private final RemediationState to;

  public IllegalTransitionException(String itemId, RemediationState from, RemediationState to) {
    super(
        "Remediation item for "
            + itemId
            + " cannot move from "
            + from
            + " to "
            + to
            + "; from "
            + from
            + " it can move to "
            + (from.next().isEmpty() ? "nothing" : from.next())
            + ".");
    this.from = from;
    this.to = to;
  }

  public RemediationState from() {
    return from;
  }

  public RemediationState to() {
    return to;
  }
}
