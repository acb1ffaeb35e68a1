package jp.shinsa.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GapReportExporterTest {

  private final GapReportExporter exporter = GapReportExporter.fromEnvironment();

  @Test
  void eachFormatProducesItsOwnKindOfFile() {
    GapReport report = ReportFixtures.small();
    byte[] pdf = exporter.export(report, ReportFormat.PDF, ReportLanguage.JA);
    byte[] csv = exporter.export(report, ReportFormat.CSV, ReportLanguage.JA);
    byte[] json = exporter.export(report, ReportFormat.JSON, ReportLanguage.EN);
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    assertEquals((byte) 0xEF, csv[0]);
    assertTrue(new String(json, StandardCharsets.UTF_8).strip().startsWith("{"));
  }

  @Test
  void downloadNamesAreAsciiAndSayContractVersionAndLanguage() {
    assertEquals(
        "gap-report-c42-v2-ja.pdf",
        GapReportExporter.fileName(42, "2", ReportFormat.PDF, ReportLanguage.JA));
    assertEquals(
        "gap-report-c42-v2-en.csv",
        GapReportExporter.fileName(42, "第2版", ReportFormat.CSV, ReportLanguage.EN));
  }
}
