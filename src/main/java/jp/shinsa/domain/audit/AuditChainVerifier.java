package jp.shinsa.domain.audit;

import java.util.List;
import java.util.Optional;
import jp.shinsa.domain.audit.AuditChainBreak.Problem;

/**
 * Walks audit entries in the order given (the trail ordered by sequence number) and reports the
 * first one that breaks the chain. Each entry is compared with what its predecessor as stored
 * implies, not with a recomputed predecessor, so a single altered entry is reported where it is and
 * not again for every entry after it.
 */
public final class AuditChainVerifier {

  private AuditChainVerifier() {}

  /** Verifies a whole trail, which must start with entry 1 linked to {@link AuditEntry#GENESIS}. */
  public static AuditVerification verify(List<AuditEntry> entries) {
    return verify(entries, 1, AuditEntry.GENESIS);
  }

  /**
   * Verifies a segment of a trail.
   *
   * @param firstSequenceNumber the sequence number the first entry must have
   * @param previousHash the hash the first entry must link to
   */
  public static AuditVerification verify(
      List<AuditEntry> entries, long firstSequenceNumber, String previousHash) {
    long expectedSeq = firstSequenceNumber;
    String expectedPrevious = previousHash;
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry entry = entries.get(i);
      Optional<AuditChainBreak> problem = check(i, entry, expectedSeq, expectedPrevious);
      if (problem.isPresent()) {
        return new AuditVerification(i, problem, expectedPrevious);
      }
      expectedSeq = entry.getSequenceNumber() + 1;
      expectedPrevious = entry.getHash();
    }
    return new AuditVerification(entries.size(), Optional.empty(), expectedPrevious);
  }

  private static Optional<AuditChainBreak> check(
      int position, AuditEntry entry, long expectedSeq, String expectedPrevious) {
    long seq = entry.getSequenceNumber();
    if (seq != expectedSeq) {
      return broken(
          position,
          seq,
          Problem.SEQUENCE_GAP,
          "expected entry "
              + expectedSeq
              + " but found entry "
              + seq
              + (seq > expectedSeq
                  ? ": an entry before it is missing"
                  : ": entries are out of order or duplicated"));
    }
    if (!expectedPrevious.equals(entry.getPreviousHash())) {
      return broken(
          position,
          seq,
          Problem.BROKEN_LINK,
          "entry "
              + seq
              + " does not link to the entry before it (stored previous hash "
              + abbreviate(entry.getPreviousHash())
              + ", expected "
              + abbreviate(expectedPrevious)
              + ")");
    }
    String recomputed = entry.computeHash();
    if (!recomputed.equals(entry.getHash())) {
      return broken(
          position,
          seq,
          Problem.HASH_MISMATCH,
          "entry "
              + seq
              + " was changed after it was written (stored hash "
              + abbreviate(entry.getHash())
              + ", content hashes to "
              + abbreviate(recomputed)
              + ")");
    }
    return Optional.empty();
  }

  private static Optional<AuditChainBreak> broken(
      int position, long seq, Problem problem, String message) {
    return Optional.of(new AuditChainBreak(position, seq, problem, message));
  }

  private static String abbreviate(String hash) {
    return hash == null ? "none" : hash.length() > 12 ? hash.substring(0, 12) + "…" : hash;
  }
}
