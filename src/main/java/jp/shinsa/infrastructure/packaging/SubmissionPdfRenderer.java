package jp.shinsa.infrastructure.packaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders submission.pdf: a cover page and two tables, the checklist outcomes of the supplier's
 * terms with their evidence, and the questionnaire answers with their evidence files. Labels are
 * bilingual because the same PDF goes to Japanese officers and foreign vendors.
 */
public final class SubmissionPdfRenderer {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 40;
  private static final float BODY = 8.5f;
  private static final float LEADING = 1.35f;
  private static final float PAD = 3;
  private static final int MAX_LINES_PER_CELL = 30;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'").withZone(ZoneId.of("Asia/Tokyo"));

  private final Path fontFile;
  private final Catalogue catalogue;

  /**
   * @param fontFile a TrueType font with Japanese glyphs (see {@link JapaneseFont})
   * @param catalogue the catalogue for item titles, or null to show item IDs only
   */
  public SubmissionPdfRenderer(Path fontFile, Catalogue catalogue) {
    this.fontFile = JapaneseFont.require(fontFile);
    this.catalogue = catalogue;
  }

  /** A renderer with the configured font. */
  public static SubmissionPdfRenderer withConfiguredFont(Catalogue catalogue) {
    return new SubmissionPdfRenderer(JapaneseFont.configured(), catalogue);
  }

  public byte[] render(SubmissionPackage pkg) {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, fontFile.toFile());
      Canvas canvas = new Canvas(doc, font);
      try {
        cover(canvas, pkg);
        canvas.newPage();
        checklist(canvas, pkg.content().judgments());
        canvas.gap(14);
        answers(canvas, pkg.content().answers());
      } finally {
        canvas.close();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not render the submission PDF", e);
    }
  }

  private void cover(Canvas c, SubmissionPackage pkg) throws IOException {
    PackageHeader h = pkg.header();
    c.heading("AI契約 自己評価 提出書類", 18);
    c.heading("Supplier self-assessment for AI contract review", 12);
    c.gap(10);
    List<String[]> facts = new ArrayList<>();
    if (h.procurementTitle() != null) {
      facts.add(new String[] {"調達案件 Procurement", h.procurementTitle()});
    }
    facts.add(new String[] {"提出者 Supplier", h.supplierName() + " (" + h.supplierCode() + ")"});
    facts.add(new String[] {"調達類型 Procurement model", h.procurementModel().name()});
    facts.add(new String[] {"チェックリスト版 Catalogue version", h.catalogueVersion()});
    facts.add(new String[] {"作成日時 Created", TIMESTAMP.format(h.createdAt())});
    facts.add(new String[] {"形式 Package format", PackageFormat.FORMAT + " v" + h.formatVersion()});
    Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    pkg.content().judgments().forEach(j -> counts.merge(j.outcome(), 1L, Long::sum));
    facts.add(
        new String[] {
          "判定の内訳 Outcomes",
          counts.entrySet().stream()
              .map(e -> label(e.getKey()) + " " + e.getValue())
              .collect(Collectors.joining(" / "))
        });
    facts.add(new String[] {"質問票の回答 Answers", String.valueOf(pkg.content().answers().size())});
    c.table(new float[] {0.32f, 0.68f}, null, facts);
    c.gap(12);
    c.heading("同梱ファイル Files in this package (SHA-256)", 11);
    List<String[]> files = new ArrayList<>();
    for (PackagedFile f : pkg.terms()) {
      files.add(new String[] {f.path(), f.size() + " bytes", f.sha256()});
    }
    for (PackagedFile f : pkg.evidence()) {
      files.add(new String[] {f.path(), f.size() + " bytes", f.sha256()});
    }
    c.table(
        new float[] {0.36f, 0.14f, 0.50f}, new String[] {"パス Path", "サイズ Size", "SHA-256"}, files);
    c.gap(8);
    c.paragraph(
        "受領者は manifest.json のハッシュ値で各ファイルが改変されていないことを確認できます。判定結果は提出者の自己評価であり、発注者は同梱の規約を自ら審査します。"
            + " The buyer can verify every file against manifest.json; the outcomes are the supplier's"
            + " self-assessment, and the buyer's portal judges the enclosed terms itself.");
  }

  private void checklist(Canvas c, List<ItemJudgment> judgments) throws IOException {
    c.heading("チェックリスト判定 Checklist outcomes", 12);
    List<String[]> rows = new ArrayList<>();
    for (ItemJudgment j : judgments) {
      String title = item(j.itemId()).map(i -> i.title().ja() + " / " + i.title().en()).orElse("");
      rows.add(
          new String[] {
            j.itemId() + (title.isEmpty() ? "" : "\n" + title),
            label(j.outcome()),
            j.evidence().isEmpty() ? "—" : evidence(j.evidence()),
            nullToEmpty(j.reasonJa()) + (j.reason() == null ? "" : "\n" + j.reason())
          });
    }
    c.table(
        new float[] {0.20f, 0.12f, 0.42f, 0.26f},
        new String[] {"項目 Item", "判定 Outcome", "根拠条項 Evidence", "理由 Reason"},
        rows);
  }

  private void answers(Canvas c, List<SubmittedAnswer> answers) throws IOException {
    c.heading("質問票の回答 Questionnaire answers", 12);
    List<String[]> rows = new ArrayList<>();
    for (SubmittedAnswer a : answers) {
      String question = a.question().ja() + "\n" + a.question().en();
      String files =
          a.evidence().stream()
              .map(
                  e ->
                      e.fileName()
                          + (e.periodFrom() == null && e.periodTo() == null
                              ? ""
                              : " ("
                                  + nullToEmpty(e.periodFrom())
                                  + "〜"
                                  + nullToEmpty(e.periodTo())
                                  + ")"))
              .collect(Collectors.joining("\n"));
      rows.add(
          new String[] {
            "Q" + a.questionNumber() + (a.itemId() == null ? "" : "\n" + a.itemId()),
            question,
            a.answer().name() + (a.explanation() == null ? "" : "\n" + a.explanation()),
            files.isEmpty() ? "—" : files
          });
    }
    c.table(
        new float[] {0.11f, 0.39f, 0.30f, 0.20f},
        new String[] {"番号 No.", "質問 Question", "回答 Answer", "証跡 Evidence"},
        rows);
  }

  private Optional<ChecklistItem> item(String id) {
    return catalogue == null ? Optional.empty() : catalogue.item(id);
  }

  private static String evidence(List<Evidence> evidence) {
    return evidence.stream()
        .map(
            e ->
                nullToEmpty(e.clauseRef())
                    + (e.page() > 0 ? " (p." + e.page() + ")" : "")
                    + (e.quote() == null ? "" : "\n「" + e.quote() + "」"))
        .collect(Collectors.joining("\n"));
  }

  private static String label(Outcome outcome) {
    return switch (outcome) {
      case SATISFIED -> "充足 SATISFIED";
      case PARTIAL -> "一部 PARTIAL";
      case MISSING -> "欠落 MISSING";
      case UNFAVOURABLE -> "不利 UNFAVOURABLE";
      case NOT_APPLICABLE -> "対象外 N/A";
    };
  }

  private static String nullToEmpty(Object o) {
    return o == null ? "" : o.toString();
  }

  /** A cursor over pages with simple wrapped text and tables. */
  private static final class Canvas {
    private final PDDocument doc;
    private final PDType0Font font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;

    Canvas(PDDocument doc, PDType0Font font) throws IOException {
      this.doc = doc;
      this.font = font;
      newPage();
    }

    void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PAGE.getHeight() - MARGIN;
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }

    void gap(float points) {
      y -= points;
    }

    void heading(String text, float size) throws IOException {
      ensure(size * LEADING * 2);
      for (String line : wrap(text, PAGE.getWidth() - 2 * MARGIN, size)) {
        y -= size * LEADING;
        text(line, MARGIN, y, size);
      }
      y -= 4;
    }

    void paragraph(String text) throws IOException {
      for (String line : wrap(text, PAGE.getWidth() - 2 * MARGIN, BODY)) {
        ensure(BODY * LEADING);
        y -= BODY * LEADING;
        text(line, MARGIN, y, BODY);
      }
    }

    void table(float[] fractions, String[] header, List<String[]> rows) throws IOException {
      float width = PAGE.getWidth() - 2 * MARGIN;
      Row head = header == null ? null : measure(fractions, width, header);
      if (head != null) {
        ensure(head.height + BODY * LEADING * 3);
        draw(fractions, width, head, true);
      }
      for (String[] cells : rows) {
        Row row = measure(fractions, width, cells);
        if (ensure(row.height) && head != null) {
          draw(fractions, width, head, true);
        }
        draw(fractions, width, row, false);
      }
    }

    private record Row(List<List<String>> lines, float height) {}

    private Row measure(float[] fractions, float width, String[] cells) throws IOException {
      List<List<String>> lines = new ArrayList<>();
      int tallest = 1;
      for (int i = 0; i < cells.length; i++) {
        List<String> wrapped = wrap(cells[i], width * fractions[i] - 2 * PAD, BODY);
        if (wrapped.size() > MAX_LINES_PER_CELL) {
          wrapped = new ArrayList<>(wrapped.subList(0, MAX_LINES_PER_CELL));
          wrapped.set(MAX_LINES_PER_CELL - 1, wrapped.get(MAX_LINES_PER_CELL - 1) + "…");
        }
        lines.add(wrapped);
        tallest = Math.max(tallest, wrapped.size());
      }
      return new Row(lines, tallest * BODY * LEADING + 2 * PAD);
    }

    private void draw(float[] fractions, float width, Row row, boolean header) throws IOException {
      float x = MARGIN;
      if (header) {
        stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
        stream.addRect(MARGIN, y - row.height, width, row.height);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
      }
      for (int i = 0; i < row.lines.size(); i++) {
        float cellWidth = width * fractions[i];
        stream.addRect(x, y - row.height, cellWidth, row.height);
        stream.stroke();
        float lineY = y - PAD;
        for (String line : row.lines.get(i)) {
          lineY -= BODY * LEADING;
          text(line, x + PAD, lineY + BODY * (LEADING - 1), BODY);
        }
        x += cellWidth;
      }
      y -= row.height;
    }

    private boolean ensure(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
        return true;
      }
      return false;
    }

    private void text(String line, float x, float baseline, float size) throws IOException {
      if (line.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(line);
      stream.endText();
    }

    /** Wraps text to a width: at any character for Japanese, at spaces for Latin words. */
    List<String> wrap(String text, float width, float size) throws IOException {
      List<String> out = new ArrayList<>();
      for (String paragraph : printable(text).split("\n", -1)) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        int lastSpace = -1;
        for (int i = 0; i < paragraph.length(); ) {
          int cp = paragraph.codePointAt(i);
          String ch = new String(Character.toChars(cp));
          float w = font.getStringWidth(ch) / 1000 * size;
          if (lineWidth + w > width && line.length() > 0) {
            if (cp != ' ' && lastSpace > 0 && cp < 0x3000) {
              String rest = line.substring(lastSpace + 1);
              out.add(line.substring(0, lastSpace));
              line = new StringBuilder(rest);
              lineWidth = font.getStringWidth(rest) / 1000 * size;
            } else {
              out.add(line.toString());
              line = new StringBuilder();
              lineWidth = 0;
            }
            lastSpace = -1;
            if (cp == ' ') {
              i += Character.charCount(cp);
              continue;
            }
          }
          if (cp == ' ') {
            lastSpace = line.length();
          }
          line.append(ch);
          lineWidth += w;
          i += Character.charCount(cp);
        }
        out.add(line.toString());
      }
      return out;
    }

    /** Replaces characters the font cannot draw, so one odd character cannot fail the export. */
    private String printable(String text) {
      StringBuilder sb = new StringBuilder();
      text.replace("\r\n", "\n")
          .replace('\r', '\n')
          .replace('\t', ' ')
          .codePoints()
          .forEach(
              cp -> {
                if (cp == '\n') {
                  sb.append('\n');
                } else if (Character.isISOControl(cp) || !canEncode(cp)) {
                  sb.append('?');
                } else {
                  sb.appendCodePoint(cp);
                }
              });
      return sb.toString();
    }

    private boolean canEncode(int cp) {
      return encodable.computeIfAbsent(
          cp,
          c -> {
            try {
              font.encode(new String(Character.toChars(c)));
              return true;
            } catch (IllegalArgumentException | IOException e) {
              return false;
            }
          });
    }
  }
}
