package jp.shinsa.application.remediation;

/** No such item, or one the caller may not see: the two are deliberately indistinguishable. */
public class RemediationNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RemediationNotFoundException() {
    super("Remediation item not found");
  }
}
