package jp.shinsa.application.questionnaire;

import java.util.List;
import jp.shinsa.domain.crosscheck.Contradiction;

/**
 * The cross-check of a questionnaire's answers with its linked contract.
 *
 * @param contractId the linked contract, or null when none is linked
 * @param contractTitle its title, or null
 * @param versionNo the judged version compared, or 0
 * @param analysisStatus the version's analysis status (contradictions only once ANALYSED)
 * @param contradictions most severe first
 */
public record CrossCheckResult(
    Long contractId,
    String contractTitle,
    int versionNo,
    String analysisStatus,
    List<Contradiction> contradictions) {

  public CrossCheckResult {
    contradictions = List.copyOf(contradictions);
  }

  static CrossCheckResult unlinked() {
    return new CrossCheckResult(null, null, 0, null, List.of());
  }
}
