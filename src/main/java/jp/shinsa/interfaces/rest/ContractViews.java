package jp.shinsa.interfaces.rest;

import java.util.List;
import java.util.Objects;
import jp.shinsa.application.review.StoredFindings;
import jp.shinsa.domain.contract.Clause;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.finding.Finding;

/** JSON shapes of the contract API (documented in OpenAPI through these records). */
public final class ContractViews {

  private ContractViews() {}

  public record ContractView(
      long id,
      String title,
      String procurementModel,
      boolean selfAssessment,
      long ownerOrganisationId,
      long vendorOrganisationId,
      String vendorName,
      String createdAt,
      VersionView latestVersion) {
    static ContractView of(Contract c, ContractVersion latest) {
      return new ContractView(
          c.getId(),
          c.getTitle(),
          c.getProcurementModel().name(),
          c.isSelfAssessment(),
          c.getOwner().getId(),
          c.getVendor().getId(),
          c.getVendor().getName(),
          c.getCreatedAt().toString(),
          latest == null ? null : VersionView.of(latest));
    }
  }

  public record VersionView(
      long id,
      int versionNo,
      String fileName,
      String sha256,
      long sizeBytes,
      String uploadedAt,
      String uploadedBy,
      String status,
      int progress,
      String statusMessage,
      String errorCode,
      Integer pageCount,
      String language,
      String suggestedModel,
      String catalogueVersion) {
    static VersionView of(ContractVersion v) {
      return new VersionView(
          v.getId(),
          v.getVersionNo(),
          v.getFileName(),
          v.getSha256(),
          v.getSizeBytes(),
          v.getUploadedAt().toString(),
          v.getUploadedBy(),
          v.getStatus().name(),
          v.getProgress(),
          v.getStatusMessage(),
          v.getErrorCode(),
          v.getPageCount(),
          v.getLanguage(),
          v.getSuggestedModel() == null ? null : v.getSuggestedModel().name(),
          v.getCatalogueVersion());
    }
  }

  public record ClauseView(
      long id,
      Long parentId,
      int depth,
      String kind,
      String number,
      String path,
      String heading,
      String text,
      int pageFrom,
      int pageTo,
      int startOffset,
      int endOffset,
      boolean ocr,
      List<ClauseView> children) {}

  /** Turns the flat, ordered rows back into the tree. */
  static List<ClauseView> tree(List<Clause> flat) {
    java.util.Map<Long, List<ClauseView>> childrenOf = new java.util.HashMap<>();
    java.util.Map<Long, ClauseView> built = new java.util.LinkedHashMap<>();
    // Children come after their parent in document order: build from the end.
    for (int i = flat.size() - 1; i >= 0; i--) {
      Clause c = flat.get(i);
      List<ClauseView> kids = childrenOf.getOrDefault(c.getId(), new java.util.ArrayList<>());
      java.util.Collections.reverse(kids);
      ClauseView v =
          new ClauseView(
              c.getId(),
              c.getParentId(),
              c.getDepth(),
              c.getKind().name(),
              c.getPrintedNumber(),
              c.getPath(),
              c.getHeading(),
              c.getText(),
              c.getPageFrom(),
              c.getPageTo(),
              c.getStartOffset(),
              c.getEndOffset(),
              c.isOcr(),
              List.copyOf(kids));
      built.put(c.getId(), v);
      childrenOf.computeIfAbsent(c.getParentId(), k -> new java.util.ArrayList<>()).add(v);
    }
    List<ClauseView> roots = new java.util.ArrayList<>(childrenOf.getOrDefault(null, List.of()));
    java.util.Collections.reverse(roots);
    return roots;
  }

  public record EvidenceView(String clauseRef, String clausePath, int page, String quote) {}

  public record FindingView(
      String itemId,
      String status,
      String severity,
      List<EvidenceView> evidence,
      String reason,
      String reasonJa,
      String rule,
      String catalogueVersion) {
    static FindingView of(Finding f) {
      return new FindingView(
          f.getItemId(),
          f.getOutcome().name(),
          f.getSeverity().name(),
          ContractViews.evidence(f.getEvidenceJson()),
          f.getReasonEn(),
          f.getReasonJa(),
          f.getRuleId(),
          f.getCatalogueVersion());
    }
  }

  public record FindingsView(
      long contractId,
      int versionNo,
      String procurementModel,
      String catalogueVersion,
      String status,
      List<FindingView> findings) {}

  /** Evidence as stored, blanks as empty strings (the REST shape since the first release). */
  static List<EvidenceView> evidence(String json) {
    return StoredFindings.evidence(json).stream()
        .map(
            e ->
                new EvidenceView(
                    Objects.requireNonNullElse(e.clauseRef(), ""),
                    Objects.requireNonNullElse(e.clausePath(), ""),
                    e.page(),
                    Objects.requireNonNullElse(e.quote(), "")))
        .toList();
  }
}
