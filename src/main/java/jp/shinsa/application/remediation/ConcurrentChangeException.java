package jp.shinsa.application.remediation;

import java.time.Instant;

/**
 * Someone else changed the item after the caller loaded it. Nothing of the caller's change was
 * stored; the message names who changed it so that the caller knows to reload and look first.
 */
public class ConcurrentChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String changedBy;
  private final Instant changedAt;

  public ConcurrentChangeException(String changedBy, Instant changedAt) {
    super(
        "The item was changed by "
            + (changedBy == null ? "someone else" : changedBy)
            + (changedAt == null ? "" : " at " + changedAt)
            + "; reload it and try again.");
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
