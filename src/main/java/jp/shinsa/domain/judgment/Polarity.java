package jp.shinsa.domain.judgment;

/**
 * Which way an item's protection points. For a DO item (delete, report, allow audit) a vendor duty
 * protects the buyer and a refusal hurts; for a REFRAIN item (use for training, disclose, transfer)
 * a vendor prohibition protects and a vendor permission hurts. The generic stance rules are keyed
 * by polarity so that one table serves every item.
 */
public enum Polarity {
  DO,
  REFRAIN
}
