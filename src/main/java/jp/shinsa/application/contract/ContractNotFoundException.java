package jp.shinsa.application.contract;

/**
 * The contract or version does not exist or is not visible to the caller; the two cases are
 * deliberately indistinguishable so that ids of other tenants' data reveal nothing.
 */
public class ContractNotFoundException extends RuntimeException {
  public ContractNotFoundException() {
    super("No such contract");
  }
}
