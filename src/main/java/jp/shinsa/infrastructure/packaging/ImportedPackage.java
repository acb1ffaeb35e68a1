package jp.shinsa.infrastructure.packaging;

import java.util.Arrays;

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
