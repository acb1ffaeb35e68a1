package jp.shinsa.domain.remediation;

/** A remediation action that the rules do not allow; the message says why, for the user. */
public class RemediationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RemediationException(String message) {
    super(message);
  }
}
