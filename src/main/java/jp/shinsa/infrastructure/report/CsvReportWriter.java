package jp.shinsa.infrastructure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the report's table as CSV: UTF-8 with a byte-order mark (without it Excel reads the file
 * as Shift_JIS and the Japanese is garbled), CRLF line ends and RFC 4180 quoting. One header row,
 * then one row per item; the header block of the PDF is left out so that the file opens as a plain
 * table.
 *
 * <p>Evidence quotes come from vendor-written contracts, so a cell that a spreadsheet would take as
 * a formula (starting with =, +, -, @ or a control character) is prefixed with an apostrophe: the
 * text stays readable and is never executed.
 */
public final class CsvReportWriter {

  private static final String BOM = "\uFEFF";
  private static final String CRLF = "\r\n";

  public byte[] write(GapReport report, ReportLanguage language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, language, out);
    return out.toByteArray();
  }

  public void write(GapReport report, ReportLanguage language, OutputStream out) {
    ReportLabels labels = new ReportLabels(language);
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(BOM);
      row(
          w,
          List.of(
              labels.get("col.itemId"),
              labels.get("col.title"),
              labels.get("col.outcome"),
              labels.get("col.overridden"),
              labels.get("col.severity"),
              labels.get("col.evidenceRef"),
              labels.get("col.evidenceQuote"),
              labels.get("col.state"),
              labels.get("col.dueDate")));
      for (GapReportRow r : report.rows()) {
        row(
            w,
            List.of(
                r.itemId(),
                r.title().in(language.locale()),
                labels.outcome(r.outcome()),
                r.overridden() ? labels.get("value.yes") : "",
                labels.severity(r.severity()),
                nullToEmpty(r.evidenceRef()),
                nullToEmpty(r.evidenceQuote()),
                labels.state(r.remediationState(), r.fixedInVersion()),
                r.dueDate() == null ? "" : r.dueDate().toString()));
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(field(cells.get(i)));
    }
    w.write(CRLF);
  }

  /** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
  static String field(String value) {
    String v = defuseFormula(value);
    boolean quote =
        v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  private static String defuseFormula(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + value : value;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
