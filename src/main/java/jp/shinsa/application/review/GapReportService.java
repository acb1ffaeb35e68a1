package jp.shinsa.application.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import jp.shinsa.application.audit.AuditTrail;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.infrastructure.report.GapReport;
import jp.shinsa.infrastructure.report.GapReportExporter;
import jp.shinsa.infrastructure.report.GapReportRow;
import jp.shinsa.infrastructure.report.ReportFormat;
import jp.shinsa.infrastructure.report.ReportLanguage;

/**
 * The gap and remediation report of a contract version: the effective outcome of every item (the
 * officer's where overridden, marked so), its evidence and the state of its remediation item.
 */
@RequestScoped
@Transactional
public class GapReportService {

  /** A report file ready to serve. */
  public record ReportFile(String fileName, String mediaType, byte[] content) {}

  @Inject private ContractService contracts;
  @Inject private EffectiveFindings effective;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private GapReportExporter exporter;

  /**
   * @param versionNo the version to report on; the latest when null
   */
  public ReportFile export(
      long contractId, Integer versionNo, ReportFormat format, ReportLanguage language) {
    Contract contract = contracts.require(contractId);
    ContractVersion version =
        versionNo == null
            ? contracts.latestVersion(contractId)
            : contracts.requireVersion(contractId, versionNo);
    List<GapReportRow> rows =
        effective.of(version).stream()
            .filter(f -> f.effectiveOutcome() != Outcome.NOT_APPLICABLE || f.review() != null)
            .map(GapReportService::row)
            .toList();
    GapReport report =
        new GapReport(
            contract.getTitle(),
            String.valueOf(version.getVersionNo()),
            contract.getProcurementModel(),
            version.getCatalogueVersion(),
            clock.instant(),
            null,
            rows);
    byte[] bytes = exporter().export(report, format, language);
    audit.byCaller(
        "report.exported",
        "contract",
        contractId,
        AuditTrail.details(
            "version",
            version.getVersionNo(),
            "format",
            format.name(),
            "language",
            language.code()));
    return new ReportFile(
        GapReportExporter.fileName(
            contractId, String.valueOf(version.getVersionNo()), format, language),
        format.mediaType(),
        bytes);
  }

  private GapReportExporter exporter() {
    if (exporter == null) {
      exporter = GapReportExporter.fromEnvironment();
    }
    return exporter;
  }

  private static GapReportRow row(ReviewedFinding f) {
    Evidence first = f.evidence().isEmpty() ? null : f.evidence().get(0);
    LocalizedText title =
        f.item() == null ? new LocalizedText(f.itemId(), f.itemId()) : f.item().title();
    var item = f.remediation();
    return new GapReportRow(
        f.itemId(),
        title,
        f.effectiveOutcome(),
        f.overridden(),
        f.effectiveOutcome() == Outcome.SATISFIED ? null : f.severity(),
        first == null ? null : first.clauseRef(),
        first == null ? null : first.quote(),
        item == null ? null : item.getState(),
        item == null ? null : item.getFixedInVersion(),
        item == null ? null : item.getDueDate());
  }
}
