package jp.shinsa.domain.audit;

import java.util.Optional;

/**
 * The result of walking a trail.
 *
 * @param entriesChecked how many entries were found intact before the first break (all of them when
 *     intact)
 * @param firstBreak the first broken entry, if any
 * @param headHash hash of the last intact entry (publish it to detect later truncation)
 */
public record AuditVerification(
    int entriesChecked, Optional<AuditChainBreak> firstBreak, String headHash) {

  public boolean intact() {
    return firstBreak.isEmpty();
  }
}
