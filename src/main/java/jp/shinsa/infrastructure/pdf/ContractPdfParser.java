package jp.shinsa.infrastructure.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.shinsa.domain.contract.ContractAssembler;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.PageWarning;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.PartyLexicon;
import jp.shinsa.domain.contract.layout.SourceLine;
import jp.shinsa.infrastructure.detection.LexiconJsonReader;
import jp.shinsa.infrastructure.ocr.TesseractOcr;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Entry point of ingestion: a contract PDF (or sample text) in, a {@link ParsedContract} out. Pages
 * without a usable text layer are rendered and sent to OCR; every page that still yields nothing is
 * reported as a {@link PageWarning}.
 */
public final class ContractPdfParser {

  /** Fewer visible characters than this on a page with images means "scanned". */
  private static final int NEGLIGIBLE_TEXT = 10;

  private static final float OCR_DPI = 300;

  private final PdfTextExtractor extractor;
  private final IngestionLimits limits;
  private final TesseractOcr ocr;
  private final ContractAssembler assembler;

  public ContractPdfParser() {
    this(
        IngestionLimits.fromSystemProperties(),
        new TesseractOcr(),
        PartyLexiconReader.fromClasspath());
  }

  /** The segmenter's word lists are the bundled {@code lexicon/grammar.json}. */
  public ContractPdfParser(IngestionLimits limits, TesseractOcr ocr, PartyLexicon lexicon) {
    this(limits, ocr, lexicon, LexiconJsonReader.readBundledGrammar());
  }

  public ContractPdfParser(
      IngestionLimits limits, TesseractOcr ocr, PartyLexicon lexicon, Grammar grammar) {
    this.extractor = new PdfTextExtractor(limits);
    this.limits = limits;
    this.ocr = ocr;
    this.assembler = new ContractAssembler(lexicon, grammar);
  }

  public ParsedContract parse(byte[] pdf) {
    try (PDDocument doc = extractor.open(pdf)) {
      return parse(doc);
    } catch (IOException e) {
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.CORRUPT, e.getMessage(), e);
    }
  }

  public ParsedContract parse(Path pdf) {
    try (PDDocument doc = extractor.open(pdf)) {
      return parse(doc);
    } catch (IOException e) {
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.CORRUPT, e.getMessage(), e);
    }
  }

  /** The same pipeline on text in the sample format, for tests and evaluation without PDFs. */
  public ParsedContract parseText(String sampleText) {
    return assembler.assemble(ContractAssembler.plainTextPages(sampleText), List.of());
  }

  private ParsedContract parse(PDDocument doc) {
    List<PdfTextExtractor.PageContent> pages = extractor.extract(doc);
    List<List<SourceLine>> lines = new ArrayList<>();
    List<PageWarning> warnings = new ArrayList<>();
    PDFRenderer renderer = null;
    int textPages = 0;
    int ocrPages = 0;
    for (PdfTextExtractor.PageContent page : pages) {
      List<SourceLine> pageLines = page.lines();
      if (page.textLength() < NEGLIGIBLE_TEXT) {
        if (page.hasImages() && ocrPages >= limits.maxOcrPages()) {
          warnings.add(
              new PageWarning(
                  page.page(),
                  "OCR_SKIPPED",
                  "Page "
                      + page.page()
                      + " is an image; OCR was skipped after "
                      + limits.maxOcrPages()
                      + " pages."));
        } else if (page.hasImages()) {
          if (renderer == null) {
            renderer = PageRenderer.newRenderer(doc);
          }
          ocrPages++;
          pageLines = ocrPage(doc, renderer, page, warnings);
        } else if (page.textLength() == 0) {
          warnings.add(
              new PageWarning(
                  page.page(), "NO_TEXT", "Page " + page.page() + " has no text and no image."));
        }
      }
      if (pageLines.stream().anyMatch(l -> !l.text().isBlank())) {
        textPages++;
      }
      lines.add(pageLines);
    }
    if (textPages == 0) {
      String why =
          warnings.stream().anyMatch(w -> w.code().equals("OCR_UNAVAILABLE"))
              ? " The pages are images and OCR (tesseract) is not available on this server."
              : "";
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.NO_TEXT,
          "No text could be extracted from the PDF." + why);
    }
    return assembler.assemble(lines, warnings);
  }

  private List<SourceLine> ocrPage(
      PDDocument doc,
      PDFRenderer renderer,
      PdfTextExtractor.PageContent page,
      List<PageWarning> warnings) {
    int n = page.page();
    if (!ocr.isAvailable()) {
      warnings.add(
          new PageWarning(
              n,
              "OCR_UNAVAILABLE",
              "Page " + n + " is an image without text and OCR is not available."));
      return page.lines();
    }
    Optional<List<SourceLine>> recognised;
    try {
      float dpi = PageRenderer.boundedDpi(doc, n - 1, OCR_DPI);
      BufferedImage image =
          PageRenderer.renderBounded(renderer, doc, n - 1, OCR_DPI, ImageType.GRAY);
      recognised = ocr.recognise(image, n, 72.0 / dpi);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      recognised = Optional.empty();
    }
    if (recognised.isEmpty() || recognised.get().isEmpty()) {
      warnings.add(
          new PageWarning(
              n, "OCR_FAILED", "Page " + n + " is an image and OCR found no text on it."));
      return page.lines();
    }
    warnings.add(
        new PageWarning(
            n, "OCR_USED", "Page " + n + " was read by OCR; check its text against the image."));
    return recognised.get();
  }
}
