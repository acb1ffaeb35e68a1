package jp.shinsa.domain.crosscheck;

/** How an answer and the contract disagree, strongest first. */
public enum ContradictionKind {
  /** The contract works against what the vendor claims (UNFAVOURABLE term). */
  CONTRADICTED,
  /** The vendor claims a protection the contract does not contain (MISSING term). */
  NOT_EVIDENCED,
  /** The contract contains the protection only weakly (PARTIAL term). */
  WEAKLY_EVIDENCED,
  /** The vendor denies what the contract binds it to: it may be unable to honour the contract. */
  CONTRACT_EXCEEDS_ANSWER
}
