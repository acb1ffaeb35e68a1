package jp.shinsa.infrastructure.report;

import java.util.Objects;

/** One entry point for the three exports, so that pages and REST resources serve them alike. */
public final class GapReportExporter {

  private final PdfReportWriter pdf;
  private final CsvReportWriter csv = new CsvReportWriter();
  private final JsonReportWriter json = new JsonReportWriter();

  public GapReportExporter(PdfReportWriter pdf) {
    this.pdf = Objects.requireNonNull(pdf);
  }

  /** An exporter whose PDF font is found as configured for this server. */
  public static GapReportExporter fromEnvironment() {
    return new GapReportExporter(PdfReportWriter.fromEnvironment());
  }

  public byte[] export(GapReport report, ReportFormat format, ReportLanguage language) {
    return switch (format) {
      case PDF -> pdf.write(report, language);
      case CSV -> csv.write(report, language);
      case JSON -> json.write(report, language);
    };
  }

  /**
   * An ASCII file name for a download ("gap-report-c42-v2-ja.pdf"): contract titles are often
   * Japanese, which not every browser and proxy passes through a Content-Disposition header intact.
   */
  public static String fileName(
      long contractId, String contractVersion, ReportFormat format, ReportLanguage language) {
    String version =
        contractVersion == null ? "" : "-v" + contractVersion.replaceAll("[^A-Za-z0-9._-]", "");
    return "gap-report-c" + contractId + version + "-" + language.code() + "." + format.extension();
  }
}
