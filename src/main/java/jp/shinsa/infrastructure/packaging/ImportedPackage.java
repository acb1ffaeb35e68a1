package jp.shinsa.infrastructure.packaging;

import java.util.Arrays;
import java.util.List;
import jp.shinsa.domain.crosscheck.AnsweredItem;

/**
 * A package that passed verification.
 *
 * @param submission the verified content
 * @param submissionPdf the PDF the supplier's portal generated (for display; the buyer re-judges
 *     the terms instead of trusting it)
 */
public record ImportedPackage(SubmissionPackage submission, byte[] submissionPdf) {

  public ImportedPackage {
    submissionPdf = submissionPdf.clone();
  }

  @Override
  public byte[] submissionPdf() {
    return submissionPdf.clone();
  }

  /** The catalogue answers, ready for the cross-check against the portal's own judgment. */
  public List<AnsweredItem> answeredItems() {
    return submission.content().answers().stream()
        .filter(a -> a.itemId() != null)
        .map(
            a ->
                new AnsweredItem(
                    a.questionNumber(),
                    a.itemId(),
                    a.answer(),
                    a.explanation(),
                    a.evidence().stream()
                        .map(
                            e ->
                                AnsweredItem.evidenceLabel(
                                    e.fileName(), e.periodFrom(), e.periodTo()))
                        .toList()))
        .toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportedPackage p
        && submission.equals(p.submission)
        && Arrays.equals(submissionPdf, p.submissionPdf);
  }

  @Override
  public int hashCode() {
    return submission.hashCode() * 31 + Arrays.hashCode(submissionPdf);
  }

  @Override
  public String toString() {
    return "ImportedPackage[" + submission + ", pdf " + submissionPdf.length + " bytes]";
  }
}
