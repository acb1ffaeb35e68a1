package jp.shinsa.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs a Japanese TrueType font installed (Debian fonts-ipafont), as the portal itself does. */
class PdfReportWriterTest {

  private final PdfReportWriter writer = PdfReportWriter.fromEnvironment();

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void theJapaneseReportContainsTheJapaneseItemTitlesAndHeadings() throws IOException {
    String text = text(writer.write(ReportFixtures.small(), ReportLanguage.JA));
    String flat = squeeze(text);
    for (String id : List.of("IN-USE-02", "AUD-03", "IN-EXT-06")) {
      String title = ReportFixtures.item(id).title().ja();
      assertTrue(flat.contains(squeeze(title)), title + " missing from:\n" + text);
      assertTrue(flat.contains(id), id);
    }
    assertTrue(flat.contains("ギャップ・是正状況レポート"), text);
    assertTrue(flat.contains("生成AIチャットサービス利用契約（デモ庁）"), text);
    assertTrue(flat.contains("第8条第2項"), text);
    assertTrue(flat.contains("（担当官修正）"), "overrides are shown as such");
    assertTrue(flat.contains("第3版で修正済み（要確認）"), text);
    assertTrue(flat.contains("2026-11-2112:30JST"), "times in the report's zone: " + text);
  }

  @Test
  void theEnglishReportUsesEnglishTitlesAndLabels() throws IOException {
    String text = text(writer.write(ReportFixtures.small(), ReportLanguage.EN));
    assertTrue(text.contains(ReportFixtures.item("IN-USE-02").title().en()), text);
    assertTrue(text.contains("Gap and remediation report"), text);
    assertTrue(text.contains("Unfavourable"), text);
    assertFalse(text.contains("ギャップ"), text);
  }

  @Test
  void theFontIsEmbeddedAsASubset() throws IOException {
    try (PDDocument doc = Loader.loadPDF(writer.write(ReportFixtures.small(), ReportLanguage.JA))) {
      PDFont font =
          doc.getPage(0)
              .getResources()
              .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertTrue(font.isEmbedded());
      assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "subset tag in " + font.getName());
    }
  }

  @Test
  void aLongReportBreaksIntoPagesThatAllCarryTheTableHeaderAndPageNumbers() throws IOException {
    GapReport report = ReportFixtures.large();
    byte[] pdf = writer.write(report, ReportLanguage.JA);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages > 2, "pages: " + pages);
      for (int p = 1; p <= pages; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String page = stripper.getText(doc);
        assertTrue(page.contains("根拠"), "header on page " + p);
        assertTrue(squeeze(page).contains(p + "/" + pages + "ページ"), "footer on page " + p);
      }
      String all = squeeze(new PDFTextStripper().getText(doc));
      for (GapReportRow row : report.rows()) {
        assertTrue(all.contains(row.itemId()), row.itemId());
      }
    }
  }

  @Test
  void charactersTheFontCannotDrawDoNotFailTheReport() throws IOException {
    GapReport report =
        new GapReport(
            "絵文字😀と制御文字\u0007を含む契約", "1", null, null, ReportFixtures.GENERATED, null, List.of());
    String text = text(writer.write(report, ReportLanguage.JA));
    assertTrue(text.contains("絵文字"), text);
  }

  @Test
  void withoutAFontTheWriterSaysWhatToInstall(@TempDir Path empty) {
    PdfReportWriter noFont = new PdfReportWriter(new JapaneseFontLocator(null, List.of(empty)));
    ReportFontMissingException e =
        assertThrows(
            ReportFontMissingException.class,
            () -> noFont.write(ReportFixtures.small(), ReportLanguage.JA));
    assertTrue(e.getMessage().contains("fonts-ipafont"));
  }

  @Test
  void anEmptyReportStillHasItsHeadingAndTableHeader() throws IOException {
    GapReport report =
        new GapReport("空の契約", "1", null, "2025.1", ReportFixtures.GENERATED, null, List.of());
    String text = text(writer.write(report, ReportLanguage.JA));
    assertTrue(text.contains("項目ID"), text);
    assertEquals(1, Loader.loadPDF(writer.write(report, ReportLanguage.JA)).getNumberOfPages());
  }
}
