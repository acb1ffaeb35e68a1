package jp.shinsa.infrastructure.packaging;

import java.util.List;

/**
 * Everything a submission package carries apart from the generated PDF and the manifest.
 *
 * @param header what the manifest says about the package
 * @param content the self-assessment
 * @param terms the supplier's terms documents (PDF), paths under terms/
 * @param evidence evidence files, paths under evidence/, referred to by the answers
 */
public record SubmissionPackage(
    PackageHeader header,
    SubmissionContent content,
    List<PackagedFile> terms,
    List<PackagedFile> evidence) {

  public SubmissionPackage {
    terms = List.copyOf(terms);
    evidence = List.copyOf(evidence);
  }
}
