package jp.shinsa.infrastructure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the report as an A4 landscape PDF: a heading block (contract, version, model, catalogue,
 * time), then a table with one row per item (ID, title, outcome, severity, evidence clause and
 * quote, remediation state, due date) whose header repeats on every page, and "page n of m" at the
 * foot. The Japanese font is embedded as a subset, so the file renders on any reader and stays
 * small. Rows taller than the room left on a page continue on the next page rather than being cut.
 */
public final class PdfReportWriter {

  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 36;
  private static final float TITLE_SIZE = 14;
  private static final float META_SIZE = 9;
  private static final float CELL_SIZE = 8;
  private static final float LEADING = CELL_SIZE * 1.3f;
  private static final float PAD = 3;
  private static final float FOOTER_ROOM = 24;
  private static final String UNRENDERABLE = "?";

  /** Column widths in points; they add up to the usable page width (842 − 2 × 36 = 770). */
  private static final float[] WIDTHS = {56, 176, 64, 40, 300, 80, 54};

  private final JapaneseFontLocator fonts;

  public PdfReportWriter(JapaneseFontLocator fonts) {
    this.fonts = fonts;
  }

  /** A writer that finds the font as configured for this server. */
  public static PdfReportWriter fromEnvironment() {
    return new PdfReportWriter(JapaneseFontLocator.fromEnvironment());
  }

  public byte[] write(GapReport report, ReportLanguage language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(report, language, out);
    return out.toByteArray();
  }

  public void write(GapReport report, ReportLanguage language, OutputStream out) {
    Path fontFile = fonts.locate();
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, fontFile.toFile());
      new Layout(doc, font, new ReportLabels(language), report).render();
      doc.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF report: " + e.getMessage(), e);
    }
  }

  /** One rendering pass; holds the page being filled. */
  private static final class Layout {
    private final PDDocument doc;
    private final PDType0Font font;
    private final ReportLabels labels;
    private final GapReport report;
    private final Map<Integer, Boolean> renderable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    Layout(PDDocument doc, PDType0Font font, ReportLabels labels, GapReport report) {
      this.doc = doc;
      this.font = font;
      this.labels = labels;
      this.report = report;
    }

    void render() throws IOException {
      describe();
      newPage();
      heading();
      tableHeader();
      for (GapReportRow row : report.rows()) {
        row(cells(row));
      }
      stream.close();
      footers();
    }

    private void describe() {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(labels.get("report.title") + " — " + report.contractTitle());
      info.setCreator("Shinsa");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone(report.timeZone()));
      created.setTimeInMillis(report.generatedAt().toEpochMilli());
      info.setCreationDate(created);
      doc.getDocumentCatalog().setLanguage(labels.language().code());
    }

    private void heading() throws IOException {
      float width = PAGE.getWidth() - 2 * MARGIN;
      for (String line : wrap(labels.get("report.title"), width, TITLE_SIZE)) {
        text(line, MARGIN, y - TITLE_SIZE, TITLE_SIZE);
        y -= TITLE_SIZE * 1.4f;
      }
      List<String> meta = new ArrayList<>();
      meta.add(labels.get("report.contract") + ": " + report.contractTitle());
      meta.add(
          labels.get("report.version")
              + ": "
              + orDash(report.contractVersion())
              + "    "
              + labels.get("report.model")
              + ": "
              + orDash(labels.model(report.model()))
              + "    "
              + labels.get("report.catalogue")
              + ": "
              + orDash(report.catalogueVersion()));
      meta.add(
          labels.get("report.generatedAt")
              + ": "
              + labels.time(report.generatedAt(), report.timeZone())
              + "    "
              + labels.get("report.rows")
              + ": "
              + report.rows().size());
      meta.add(labels.get("report.note"));
      for (String m : meta) {
        for (String line : wrap(m, width, META_SIZE)) {
          text(line, MARGIN, y - META_SIZE, META_SIZE);
          y -= META_SIZE * 1.4f;
        }
      }
      y -= 6;
    }

    private List<String> cells(GapReportRow row) {
      String outcome = labels.outcome(row.outcome());
      if (row.overridden()) {
        outcome += "\n" + labels.get("value.overridden");
      }
      String evidence;
      if (row.evidenceRef() == null && row.evidenceQuote() == null) {
        evidence = labels.get("value.none");
      } else {
        evidence = orDash(row.evidenceRef());
        if (row.evidenceQuote() != null && !row.evidenceQuote().isBlank()) {
          evidence +=
              "\n" + labels.get("quote.open") + row.evidenceQuote() + labels.get("quote.close");
        }
      }
      return List.of(
          row.itemId(),
          row.title().in(labels.language().locale()),
          outcome,
          labels.severity(row.severity()),
          evidence,
          labels.state(row.remediationState(), row.fixedInVersion()),
          row.dueDate() == null ? "" : row.dueDate().toString());
    }

    private void tableHeader() throws IOException {
      List<String> header =
          List.of(
              labels.get("col.itemId"),
              labels.get("col.title"),
              labels.get("col.outcome"),
              labels.get("col.severity"),
              labels.get("col.evidence"),
              labels.get("col.state"),
              labels.get("col.dueDate"));
      List<List<String>> lines = wrapCells(header);
      int height = lines.stream().mapToInt(List::size).max().orElse(1);
      float rowHeight = height * LEADING + 2 * PAD;
      stream.setNonStrokingColor(0.88f, 0.88f, 0.88f);
      stream.addRect(MARGIN, y - rowHeight, totalWidth(), rowHeight);
      stream.fill();
      stream.setNonStrokingColor(0f, 0f, 0f);
      drawSlice(lines, 0, height);
    }

    /** Draws a row, continuing it on new pages for as long as its lines do not fit. */
    private void row(List<String> cells) throws IOException {
      List<List<String>> lines = wrapCells(cells);
      int height = lines.stream().mapToInt(List::size).max().orElse(1);
      int done = 0;
      while (done < height) {
        int fits = (int) Math.floor((y - bottom() - 2 * PAD) / LEADING);
        int wanted = height - done;
        // do not leave a lone first line at the bottom of a page when the row could move whole
        if (fits < Math.min(wanted, 2)) {
          stream.close();
          newPage();
          tableHeader();
          continue;
        }
        int n = Math.min(fits, wanted);
        drawSlice(lines, done, n);
        done += n;
      }
    }

    private void drawSlice(List<List<String>> lines, int from, int count) throws IOException {
      float top = y;
      float rowHeight = count * LEADING + 2 * PAD;
      float x = MARGIN;
      for (int c = 0; c < WIDTHS.length; c++) {
        List<String> cell = lines.get(c);
        for (int i = 0; i < count && from + i < cell.size(); i++) {
          float baseline = top - PAD - (i + 1) * LEADING + (LEADING - CELL_SIZE);
          text(cell.get(from + i), x + PAD, baseline, CELL_SIZE);
        }
        x += WIDTHS[c];
      }
      stream.setLineWidth(0.4f);
      stream.setStrokingColor(0.55f, 0.55f, 0.55f);
      stream.addRect(MARGIN, top - rowHeight, totalWidth(), rowHeight);
      float lineX = MARGIN;
      for (int c = 0; c < WIDTHS.length - 1; c++) {
        lineX += WIDTHS[c];
        stream.moveTo(lineX, top);
        stream.lineTo(lineX, top - rowHeight);
      }
      stream.stroke();
      y = top - rowHeight;
    }

    private List<List<String>> wrapCells(List<String> cells) {
      List<List<String>> result = new ArrayList<>();
      for (int c = 0; c < cells.size(); c++) {
        List<String> lines = wrap(cells.get(c), WIDTHS[c] - 2 * PAD, CELL_SIZE);
        result.add(lines.isEmpty() ? List.of("") : lines);
      }
      return result;
    }

    private List<String> wrap(String text, float width, float size) {
      return LineWrapper.wrap(renderableText(text), width, s -> stringWidth(s) / 1000f * size);
    }

    private float stringWidth(String s) {
      try {
        return font.getStringWidth(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Replaces what the font cannot draw, so that one odd character cannot fail the report. */
    private String renderableText(String text) {
      if (text == null) {
        return "";
      }
      StringBuilder sb = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (cp == '\n') {
                  sb.append('\n');
                } else if (cp == '\t' || Character.isWhitespace(cp)) {
                  sb.append(' ');
                } else if (Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT) {
                  // zero-width and control characters carry nothing to draw
                } else if (renderable.computeIfAbsent(cp, this::canRender)) {
                  sb.appendCodePoint(cp);
                } else {
                  sb.append(UNRENDERABLE);
                }
              });
      return sb.toString();
    }

    private boolean canRender(int cp) {
      try {
        font.encode(new String(Character.toChars(cp)));
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }

    private void text(String s, float x, float baseline, float size) throws IOException {
      if (s.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(s);
      stream.endText();
    }

    private void newPage() throws IOException {
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PAGE.getHeight() - MARGIN;
    }

    private void footers() throws IOException {
      int total = doc.getNumberOfPages();
      for (int i = 0; i < total; i++) {
        PDPage page = doc.getPage(i);
        try (PDPageContentStream footer =
            new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
          stream = footer;
          String left = renderableText(report.contractTitle());
          List<String> titleLines =
              LineWrapper.wrap(left, totalWidth() - 120, s -> stringWidth(s) / 1000f * CELL_SIZE);
          text(titleLines.isEmpty() ? "" : titleLines.get(0), MARGIN, MARGIN - 12, CELL_SIZE);
          String pageLabel = labels.get("report.page", i + 1, total);
          float w = stringWidth(pageLabel) / 1000f * CELL_SIZE;
          text(pageLabel, MARGIN + totalWidth() - w, MARGIN - 12, CELL_SIZE);
        }
      }
    }

    private static float bottom() {
      return MARGIN + FOOTER_ROOM - 12;
    }

    private static float totalWidth() {
      float sum = 0;
      for (float w : WIDTHS) {
        sum += w;
      }
      return sum;
    }

    private String orDash(String s) {
      return s == null || s.isBlank() ? labels.get("value.none") : s;
    }
  }
}
