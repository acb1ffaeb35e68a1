package jp.shinsa.infrastructure.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.TreeDump;
import jp.shinsa.domain.contract.layout.SourceLine;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.pdf.ContractPdfParser;
import jp.shinsa.infrastructure.pdf.IngestionLimits;
import jp.shinsa.infrastructure.pdf.InvalidContractFileException;
import jp.shinsa.infrastructure.pdf.PartyLexiconReader;
import org.junit.jupiter.api.Test;

class TesseractOcrTest {

  private static final String JA = ContractPdfWriter.fixtureText("ja-itaku.txt");
  private static final String FIRST_PAGE = JA.substring(0, JA.indexOf('\f'));

  private static boolean tesseractOnPath() {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(File.pathSeparator))
            .anyMatch(d -> new File(d, "tesseract").canExecute());
  }

  private static ContractPdfParser parser(TesseractOcr ocr) {
    return new ContractPdfParser(IngestionLimits.DEFAULT, ocr, PartyLexiconReader.fromClasspath());
  }

  static List<ClauseNode> flatten(List<ClauseNode> nodes) {
    return nodes.stream()
        .flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children()).stream()))
        .toList();
  }

  @Test
  void scannedPageIsReadByOcrAndMarked() {
    assumeTrue(tesseractOnPath(), "tesseract is not on the PATH");
    byte[] pdf =
        ContractPdfWriter.concat(
            new ContractPdfWriter().writeScanned(FIRST_PAGE),
            new ContractPdfWriter().write("第4条（監査）\n乙は、甲に対し、監査を行うことができる。"));
    ParsedContract c = parser(new TesseractOcr()).parse(pdf);
    String dump = TreeDump.dump(c.clauses());
    assertTrue(
        c.warnings().stream().anyMatch(w -> w.page() == 1 && w.code().equals("OCR_USED")),
        c.warnings().toString());
    assertTrue(c.normalisedFullText().contains("入力データ"), c.fullText());
    ClauseNode art3 =
        flatten(c.clauses()).stream()
            .filter(n -> n.path().equals("3"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(dump));
    assertEquals("入力データの取扱い", art3.heading(), dump);
    assertTrue(art3.ocr(), dump);
    ClauseNode art4 =
        flatten(c.clauses()).stream()
            .filter(n -> n.path().equals("4"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(dump));
    assertFalse(art4.ocr(), "page 2 has a text layer");
    assertEquals(2, art4.pageFrom());
    assertTrue(c.lineBoxes().stream().anyMatch(b -> b.ocr() && b.page() == 1 && b.hasGeometry()));
  }

  @Test
  void withoutOcrAScannedPageGivesAWarningAndAFullyScannedFileIsRejected() {
    TesseractOcr missing =
        new TesseractOcr("no-such-tesseract-binary", "jpn+eng", Duration.ofSeconds(5));
    assertFalse(missing.isAvailable());
    byte[] scanned = new ContractPdfWriter().writeScanned(FIRST_PAGE);
    InvalidContractFileException e =
        assertThrows(InvalidContractFileException.class, () -> parser(missing).parse(scanned));
    assertEquals(InvalidContractFileException.Code.NO_TEXT, e.getCode());
    assertTrue(e.getMessage().contains("OCR"));

    byte[] mixed =
        ContractPdfWriter.concat(new ContractPdfWriter().write("第1条（目的）\n本契約は目的を定める。"), scanned);
    ParsedContract c = parser(missing).parse(mixed);
    assertTrue(
        c.warnings().stream().anyMatch(w -> w.page() == 2 && w.code().equals("OCR_UNAVAILABLE")),
        c.warnings().toString());
  }

  @Test
  void tsvWordsAreGroupedIntoLinesInPoints() {
    String tsv =
        String.join(
            "\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "5\t1\t1\t1\t1\t1\t300\t400\t100\t50\t95\t第3条",
            "5\t1\t1\t1\t1\t2\t420\t400\t200\t50\t95\t(入力データ)",
            "5\t1\t1\t1\t2\t1\t300\t480\t150\t50\t95\tThe",
            "5\t1\t1\t1\t2\t2\t470\t480\t150\t50\t95\tSupplier");
    List<SourceLine> lines = TesseractOcr.parseTsv(tsv, 3, 72.0 / 300);
    assertEquals(
        List.of("第3条(入力データ)", "The Supplier"), lines.stream().map(SourceLine::text).toList());
    SourceLine first = lines.get(0);
    assertEquals(3, first.page());
    assertEquals(72.0, first.x(), 0.01);
    assertEquals(96.0, first.y(), 0.01);
    assertEquals(76.8, first.width(), 0.01);
    assertTrue(first.ocr());
  }

  @Test
  void scannedPagesBeyondTheOcrLimitAreReportedAsSkipped() {
    byte[] scanned = new ContractPdfWriter().writeScanned(FIRST_PAGE);
    byte[] pdf =
        ContractPdfWriter.concat(new ContractPdfWriter().write("第1条（目的）\n本契約は目的を定める。"), scanned);
    ContractPdfParser noOcr =
        new ContractPdfParser(
            new IngestionLimits(1_000_000, 10, 0),
            new TesseractOcr(),
            PartyLexiconReader.fromClasspath());
    ParsedContract c = noOcr.parse(pdf);
    assertTrue(
        c.warnings().stream().anyMatch(w -> w.page() == 2 && w.code().equals("OCR_SKIPPED")),
        c.warnings().toString());
  }

  @Test
  void katakanaLookAlikesOfItemNumeralsAreReadAsNumeralsAtALineStart() {
    StringBuilder one = new StringBuilder("ーAIモデルの学習");
    TesseractOcr.fixLeadingKanjiNumeral(one);
    assertEquals("ーAIモデルの学習", one.toString(), "before Latin it may be a real mark");
    StringBuilder two = new StringBuilder("ニ 第三者への提供");
    TesseractOcr.fixLeadingKanjiNumeral(two);
    assertEquals("二 第三者への提供", two.toString());
    StringBuilder three = new StringBuilder("ー号");
    TesseractOcr.fixLeadingKanjiNumeral(three);
    assertEquals("一号", three.toString());
    StringBuilder word = new StringBuilder("ニュース");
    TesseractOcr.fixLeadingKanjiNumeral(word);
    assertEquals("ニュース", word.toString());
  }
}
