package jp.shinsa.application.submission;

import java.util.List;
import jp.shinsa.domain.crosscheck.OutcomeDifference;

/**
 * The supplier's claimed outcomes set against the portal's own judgment of the same terms.
 *
 * @param contractId the contract the enclosed terms were filed as
 * @param analysisStatus its latest version's analysis status (differences only once ANALYSED)
 * @param packageSha256 the imported package's hash
 * @param claimedItems how many items the supplier assessed
 * @param differences claimed-better first
 */
public record SelfAssessmentView(
    long contractId,
    String analysisStatus,
    String packageSha256,
    int claimedItems,
    List<OutcomeDifference> differences) {

  public SelfAssessmentView {
    differences = List.copyOf(differences);
  }
}
