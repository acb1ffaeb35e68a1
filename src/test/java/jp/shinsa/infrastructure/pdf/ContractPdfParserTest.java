package jp.shinsa.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.LineBox;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.TreeDump;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.fixtures.ContractPdfWriter.PageNumbers;
import jp.shinsa.infrastructure.ocr.TesseractOcr;
import jp.shinsa.infrastructure.pdf.InvalidContractFileException.Code;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractPdfParserTest {

  private static final String JA = ContractPdfWriter.fixtureText("ja-itaku.txt");
  private static final String EN = ContractPdfWriter.fixtureText("en-msa.txt");
  private static byte[] jaPdf;
  private static ParsedContract jaParsed;

  private static ContractPdfParser parser(IngestionLimits limits) {
    return new ContractPdfParser(limits, new TesseractOcr(), PartyLexiconReader.fromClasspath());
  }

  private static final ContractPdfParser PARSER = parser(IngestionLimits.DEFAULT);

  @BeforeAll
  static void writeJapanesePdf() {
    jaPdf = new ContractPdfWriter().header("業務委託契約書（案）").pageNumbers(PageNumbers.DASH).write(JA);
    jaParsed = PARSER.parse(jaPdf);
  }

  static List<ClauseNode> flatten(List<ClauseNode> nodes) {
    return nodes.stream()
        .flatMap(
            n ->
                java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(n), flatten(n.children()).stream()))
        .toList();
  }

  static ClauseNode node(ParsedContract c, String path) {
    return flatten(c.clauses()).stream()
        .filter(n -> n.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + "\n" + TreeDump.dump(c.clauses())));
  }

  @Test
  void japanesePdfGivesTheSameTreeAsItsSourceText() {
    ParsedContract fromText = PARSER.parseText(JA);
    List<ClauseNode> pdfNodes = flatten(jaParsed.clauses());
    List<ClauseNode> textNodes = flatten(fromText.clauses());
    assertEquals(
        textNodes.stream().map(ClauseNode::path).toList(),
        pdfNodes.stream().map(ClauseNode::path).toList(),
        TreeDump.dump(jaParsed.clauses()));
    for (int i = 0; i < pdfNodes.size(); i++) {
      ClauseNode p = pdfNodes.get(i);
      ClauseNode t = textNodes.get(i);
      assertEquals(t.normalisedText(), p.normalisedText(), p.path());
      assertEquals(t.heading(), p.heading(), p.path());
      assertEquals(t.pageFrom(), p.pageFrom(), p.path());
      assertEquals(t.pageTo(), p.pageTo(), p.path());
    }
    assertEquals(3, jaParsed.pageCount());
  }

  @Test
  void runningHeaderAndPageNumbersAreRemoved() {
    assertFalse(jaParsed.fullText().contains("（案）"), jaParsed.fullText());
    assertFalse(jaParsed.fullText().contains("- 2 -"));
    for (PageNumbers style : List.of(PageNumbers.PAGE_OF, PageNumbers.SLASH)) {
      ParsedContract en =
          PARSER.parse(
              new ContractPdfWriter()
                  .header("Kestrel MSA - CONFIDENTIAL")
                  .pageNumbers(style)
                  .write(EN));
      assertFalse(en.fullText().contains("CONFIDENTIAL"), style + ": " + en.fullText());
      assertFalse(en.fullText().contains("Page 1 of 2"), style + ": " + en.fullText());
      assertFalse(en.fullText().contains("1/2"), style + ": " + en.fullText());
      assertEquals(
          PARSER.parseText(EN).normalisedFullText(), en.normalisedFullText(), style.name());
    }
  }

  @Test
  void twoColumnPagesAreReadLeftColumnThenRightColumn() {
    String text = ContractPdfWriter.fixtureText("en-two-column.txt");
    ParsedContract c =
        PARSER.parse(
            new ContractPdfWriter().twoColumns().pageNumbers(PageNumbers.DASH).write(text));
    List<String> logicalLines = List.of(c.fullText().split("\n"));
    for (String source : text.split("\n")) {
      if (!source.isBlank()) {
        assertTrue(
            logicalLines.contains(source),
            "missing or broken: " + source + "\n---\n" + c.fullText());
      }
    }
    assertEquals(
        List.of("preamble", "1", "2", "3", "4", "5", "6", "7", "8"),
        c.clauses().stream().map(ClauseNode::path).toList());
    assertTrue(c.pageCount() >= 2);
  }

  @Test
  void lineBoxesLocateAClauseOnItsPage() {
    ClauseNode audit = node(jaParsed, "4");
    List<LineBox> boxes = jaParsed.boxesFor(audit.startOffset(), audit.endOffset());
    assertFalse(boxes.isEmpty());
    LineBox heading = boxes.get(0);
    assertEquals(2, heading.page());
    assertTrue(heading.hasGeometry());
    assertEquals(60, heading.x(), 1.0, "left margin of the writer");
    assertTrue(
        heading.y() > 60 && heading.y() < 120, "first line under the top margin: " + heading.y());
    assertEquals(
        "第４条（監査）", jaParsed.fullText().substring(heading.startOffset(), heading.endOffset()));
  }

  @Test
  void normalisedTextHasTheSameOffsetsAsTheDisplayText() {
    assertEquals(jaParsed.fullText().length(), jaParsed.normalisedFullText().length());
    ClauseNode art3 = node(jaParsed, "3");
    assertEquals(
        "第3条(入力データの取扱い)",
        jaParsed.normalisedFullText().substring(art3.startOffset(), art3.endOffset()));
    assertEquals("第３条（入力データの取扱い）", art3.text());
  }

  @Test
  void minchoFontAndPathInputWork(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("contract.pdf");
    Files.write(file, new ContractPdfWriter().mincho().write(JA));
    ParsedContract c = PARSER.parse(file);
    assertEquals(PARSER.parseText(JA).normalisedFullText(), c.normalisedFullText());
  }

  @Test
  void aBlankPageIsReportedNotSilentlyDropped() {
    String withBlank = JA.replaceFirst("\f", "\f\n \n\f");
    ParsedContract c = PARSER.parse(new ContractPdfWriter().write(withBlank));
    assertEquals(4, c.pageCount());
    assertTrue(
        c.warnings().stream().anyMatch(w -> w.page() == 2 && w.code().equals("NO_TEXT")),
        c.warnings().toString());
  }

  @Test
  void badInputsAreRejectedWithStableCodes() {
    assertEquals(Code.NOT_PDF, codeOf(ContractPdfWriter.pngBytes()));
    assertEquals(Code.NOT_PDF, codeOf(ContractPdfWriter.htmlBytes()));
    assertEquals(Code.NOT_PDF, codeOf(new byte[0]));
    assertEquals(Code.CORRUPT, codeOf(ContractPdfWriter.garbage()));
    assertEquals(Code.CORRUPT, codeOf(ContractPdfWriter.truncated(jaPdf, 0.3)));
    assertEquals(Code.ENCRYPTED, codeOf(ContractPdfWriter.encrypted(jaPdf, "secret")));
    assertEquals(Code.NO_TEXT, codeOf(ContractPdfWriter.drawingsOnly(2)));
  }

  @Test
  void sizeAndPageLimitsAreEnforcedBeforeExtraction() {
    InvalidContractFileException big =
        assertThrows(
            InvalidContractFileException.class,
            () -> parser(new IngestionLimits(1000, 1000)).parse(jaPdf));
    assertEquals(Code.TOO_LARGE, big.getCode());
    InvalidContractFileException pages =
        assertThrows(
            InvalidContractFileException.class,
            () -> parser(new IngestionLimits(50_000_000, 2)).parse(jaPdf));
    assertEquals(Code.TOO_MANY_PAGES, pages.getCode());
    assertTrue(pages.getMessage().contains("3 pages"));
    assertEquals(Code.TOO_MANY_PAGES, codeOf(ContractPdfWriter.blankPages(1001)));
  }

  @Test
  void pagesRenderAsPngForTheViewer() throws Exception {
    byte[] png = new PageRenderer().renderPng(jaPdf, 2, 72);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(595, image.getWidth(), 1);
    assertEquals(842, image.getHeight(), 1);
    assertThrows(IllegalArgumentException.class, () -> new PageRenderer().renderPng(jaPdf, 4, 72));
  }

  @Test
  void japaneseTwoColumnPagesKeepArticlesWholeAndInOrder() {
    StringBuilder text = new StringBuilder("データ処理委託契約書\n");
    for (int a = 1; a <= 12; a++) {
      text.append("第").append(a).append("条（取扱い").append(a).append("）\n");
      text.append("乙は、甲から提供を受けた入力データを本業務の遂行のためにのみ利用し、甲の書面による事前の承諾なく第三者に開示してはならない。\n");
      text.append("２　乙は、次に掲げる措置を講じなければならない。\n");
      text.append("第1号　アクセス権限の管理\n");
      text.append("第2号　暗号化及びアクセスログの保存\n");
    }
    ParsedContract c =
        PARSER.parse(
            new ContractPdfWriter()
                .twoColumns()
                .pageNumbers(PageNumbers.SLASH)
                .write(text.toString()));
    List<String> paths = flatten(c.clauses()).stream().map(ClauseNode::path).toList();
    for (int a = 1; a <= 12; a++) {
      assertTrue(paths.contains(a + ".2.2"), "article " + a + " incomplete: " + paths);
      String first = node(c, a + ".1").text();
      assertTrue(first.endsWith("第三者に開示してはならない。"), first);
    }
    assertEquals("第1号", node(c, "5.2.1").printedNumber());
    assertTrue(c.pageCount() >= 2);
  }

  @Test
  void hugePagesRenderAtABoundedResolution() throws java.io.IOException {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(
          new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
      doc.addPage(
          new org.apache.pdfbox.pdmodel.PDPage(
              new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 14_400)));
      assertEquals(300f, PageRenderer.boundedDpi(doc, 0, 300), 0.01, "an A4 page keeps its dpi");
      float dpi = PageRenderer.boundedDpi(doc, 1, 300);
      double side = 14_400 * dpi / 72.0;
      assertTrue(side * side <= PageRenderer.MAX_PIXELS * 1.01, "dpi " + dpi);
    }
  }

  @Test
  void aRenderedPageSaysTheResolutionItWasReallyDrawnAtSoTheViewerCanPlaceClauseBoxes()
      throws java.io.IOException {
    PageRenderer renderer = new PageRenderer();
    PageRenderer.RenderedPage a4 = renderer.render(jaPdf, 1, 110);
    assertEquals(110f, a4.dpi(), 0.01);

    var out = new java.io.ByteArrayOutputStream();
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(
          new org.apache.pdfbox.pdmodel.PDPage(
              new org.apache.pdfbox.pdmodel.common.PDRectangle(14_400, 7_200)));
      doc.save(out);
    }
    PageRenderer.RenderedPage huge = renderer.render(out.toByteArray(), 1, 110);
    assertTrue(huge.dpi() < 110f, "a 200-inch page cannot be drawn at 110 dpi: " + huge.dpi());
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(huge.png()));
    // What viewer.js computes: page width in points = image width * 72 / reported dpi.
    assertEquals(14_400, image.getWidth() * 72.0 / huge.dpi(), 14_400 * 0.01);
  }

  private static Code codeOf(byte[] pdf) {
    return assertThrows(InvalidContractFileException.class, () -> PARSER.parse(pdf)).getCode();
  }
}
