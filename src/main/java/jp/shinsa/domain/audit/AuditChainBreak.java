package jp.shinsa.domain.audit;

/**
 * The first place where a trail stops proving itself.
 *
 * @param position 0-based index in the list that was verified
 * @param sequenceNumber the sequence number stored in the entry at that position
 * @param problem what is wrong there
 * @param message explanation for an administrator
 */
public record AuditChainBreak(int position, long sequenceNumber, Problem problem, String message) {

  public enum Problem {
    /** The sequence number is not the one that must follow: an entry is missing or out of order. */
    SEQUENCE_GAP,
    /** The stored previous hash is not the hash of the entry before. */
    BROKEN_LINK,
    /** The entry's content no longer produces its stored hash: it was changed. */
    HASH_MISMATCH
  }
}
