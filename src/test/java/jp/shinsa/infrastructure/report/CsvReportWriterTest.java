package jp.shinsa.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportWriterTest {

  private final CsvReportWriter writer = new CsvReportWriter();

  @Test
  void startsWithAUtf8ByteOrderMarkSoExcelReadsTheJapanese() {
    byte[] csv = writer.write(ReportFixtures.small(), ReportLanguage.JA);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("項目ID,項目,判定,担当官修正,重要度,根拠条項,根拠（引用）,是正状況,期限\r\n"), text);
  }

  @Test
  void writesOneCrlfTerminatedRecordPerItemWithLabelsInTheChosenLanguage() {
    String ja = text(writer.write(ReportFixtures.small(), ReportLanguage.JA));
    List<String> records = Arrays.asList(ja.split("\r\n"));
    assertEquals(4, records.size());
    assertTrue(ja.endsWith("\r\n"));
    assertEquals(
        "IN-USE-02,学習・モデル改善への利用,不利,,高,第8条第2項,"
            + "乙は、甲データを本サービスの品質向上のために利用することができる。,ベンダへ送付済み,2026-12-15",
        records.get(1));
    assertTrue(records.get(2).startsWith("AUD-03,"), records.get(2));
    assertTrue(records.get(2).contains(",規定なし,はい,高,,,第3版で修正済み（要確認）,"), records.get(2));

    String en = text(writer.write(ReportFixtures.small(), ReportLanguage.EN));
    assertTrue(en.startsWith("Item ID,Item,Outcome,Overridden,"), en);
    assertTrue(en.contains(",Unfavourable,,High,第8条第2項,"), en);
    assertTrue(en.contains("Fixed in version 3 — verify"), en);
  }

  @Test
  void quotesFieldsWithCommasQuotesAndLineBreaksAsRfc4180Says() {
    assertEquals("plain", CsvReportWriter.field("plain"));
    assertEquals("\"a,b\"", CsvReportWriter.field("a,b"));
    assertEquals("\"say \"\"no\"\"\"", CsvReportWriter.field("say \"no\""));
    assertEquals("\"line1\nline2\"", CsvReportWriter.field("line1\nline2"));
    assertEquals("\"cr\rhere\"", CsvReportWriter.field("cr\rhere"));
    assertEquals("甲、乙", CsvReportWriter.field("甲、乙"), "Japanese commas need no quoting");
  }

  @Test
  void aQuoteThatASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvReportWriter.field("=HYPERLINK(\"x\")"));
    assertEquals("'+1", CsvReportWriter.field("+1"));
    assertEquals("'-cmd", CsvReportWriter.field("-cmd"));
    assertEquals("'@SUM(A1)", CsvReportWriter.field("@SUM(A1)"));
    assertEquals("\"'=1,2\"", CsvReportWriter.field("=1,2"));
  }

  private static String text(byte[] csv) {
    return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
  }
}
