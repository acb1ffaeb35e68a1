package jp.shinsa.infrastructure.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.shinsa.domain.contract.layout.ReadingOrder;
import jp.shinsa.domain.contract.layout.Scripts;
import jp.shinsa.domain.contract.layout.SourceLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Opens a PDF under {@link IngestionLimits} and extracts each page's text as positioned lines in
 * reading order. Parsing buffers into temp files rather than the heap, so a hostile file costs
 * disk, not memory.
 */
public final class PdfTextExtractor {

  /** What one page yielded. */
  public record PageContent(
      int page, double width, double height, List<SourceLine> lines, boolean hasImages) {

    public int textLength() {
      return lines.stream().mapToInt(l -> l.text().strip().length()).sum();
    }
  }

  private final IngestionLimits limits;
  private final ReadingOrder readingOrder = new ReadingOrder();

  public PdfTextExtractor(IngestionLimits limits) {
    this.limits = limits;
  }

  /** Opens the file; the caller closes the document. */
  public PDDocument open(byte[] pdf) {
    if (pdf.length > limits.maxBytes()) {
      throw tooLarge(pdf.length);
    }
    checkHeader(pdf, pdf.length);
    try {
      return checkPages(
          Loader.loadPDF(pdf, "", null, null, MemoryUsageSetting.setupTempFileOnly().streamCache));
    } catch (InvalidContractFileException e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw encrypted(e);
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  /** Opens the file from disk without reading it into memory; the caller closes the document. */
  public PDDocument open(Path pdf) {
    long size;
    byte[] head = new byte[1024];
    int read;
    try (var in = Files.newInputStream(pdf)) {
      size = Files.size(pdf);
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.UNREADABLE,
          "The file could not be read: " + e.getMessage(),
          e);
    }
    if (size > limits.maxBytes()) {
      throw tooLarge(size);
    }
    checkHeader(head, read);
    try {
      return checkPages(
          Loader.loadPDF(
              pdf.toFile(), "", null, null, MemoryUsageSetting.setupTempFileOnly().streamCache));
    } catch (InvalidContractFileException e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw encrypted(e);
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  /** Text of every page, as positioned lines in reading order. */
  public List<PageContent> extract(PDDocument doc) {
    try {
      LineCollector collector = new LineCollector();
      collector.writeText(doc, Writer.nullWriter());
      return collector.pages;
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    }
  }

  private PDDocument checkPages(PDDocument doc) {
    int pages;
    try {
      pages = doc.getNumberOfPages();
    } catch (RuntimeException e) {
      closeQuietly(doc);
      throw corrupt(e);
    }
    if (pages == 0) {
      closeQuietly(doc);
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.CORRUPT, "The PDF has no readable pages.");
    }
    if (pages > limits.maxPages()) {
      closeQuietly(doc);
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.TOO_MANY_PAGES,
          "The PDF has " + pages + " pages; at most " + limits.maxPages() + " are accepted.");
    }
    return doc;
  }

  private static void checkHeader(byte[] head, int length) {
    String start = new String(head, 0, Math.min(length, 1024), StandardCharsets.ISO_8859_1);
    if (!start.contains("%PDF-")) {
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.NOT_PDF,
          "The file is not a PDF (no %PDF- header in its first 1024 bytes).");
    }
  }

  private InvalidContractFileException tooLarge(long size) {
    return new InvalidContractFileException(
        InvalidContractFileException.Code.TOO_LARGE,
        "The file is " + size + " bytes; at most " + limits.maxBytes() + " bytes are accepted.");
  }

  private static InvalidContractFileException encrypted(Exception e) {
    return new InvalidContractFileException(
        InvalidContractFileException.Code.ENCRYPTED,
        "The PDF is password-protected; upload an unprotected copy.",
        e);
  }

  private static InvalidContractFileException corrupt(Exception e) {
    return new InvalidContractFileException(
        InvalidContractFileException.Code.CORRUPT,
        "The PDF is damaged and cannot be read: " + e.getMessage(),
        e);
  }

  private static void closeQuietly(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean hasImages(PDPage page) {
    PDResources resources = page.getResources();
    if (resources == null) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      try {
        if (resources.isImageXObject(name)) {
          return true;
        }
      } catch (RuntimeException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Uses PDFTextStripper for glyph positions (and its removal of overprinted duplicates) but builds
   * lines itself, so that fragments separated by a column gutter stay apart.
   */
  private final class LineCollector extends PDFTextStripper {
    final List<PageContent> pages = new ArrayList<>();

    @Override
    protected void writePage() {
      List<TextPosition> glyphs = new ArrayList<>();
      for (List<TextPosition> article : charactersByArticle) {
        glyphs.addAll(article);
      }
      PDPage page = getCurrentPage();
      int number = getCurrentPageNo();
      double width = page.getMediaBox().getWidth();
      List<SourceLine> fragments = fragments(glyphs, number);
      pages.add(
          new PageContent(
              number,
              width,
              page.getMediaBox().getHeight(),
              readingOrder.order(fragments, width),
              hasImages(page)));
    }
  }

  /** Groups glyphs into baseline clusters, then splits each at gaps wide enough to be a gutter. */
  static List<SourceLine> fragments(List<TextPosition> glyphs, int page) {
    List<TextPosition> sorted = new ArrayList<>(glyphs);
    sorted.sort(
        Comparator.comparingDouble(TextPosition::getYDirAdj)
            .thenComparingDouble(TextPosition::getXDirAdj));
    List<SourceLine> out = new ArrayList<>();
    List<TextPosition> line = new ArrayList<>();
    for (TextPosition g : sorted) {
      if (!line.isEmpty()) {
        TextPosition first = line.get(0);
        double tolerance = Math.max(1.5, size(first) * 0.5);
        if (Math.abs(g.getYDirAdj() - first.getYDirAdj()) > tolerance) {
          split(line, page, out);
          line.clear();
        }
      }
      line.add(g);
    }
    if (!line.isEmpty()) {
      split(line, page, out);
    }
    return out;
  }

  private static void split(List<TextPosition> line, int page, List<SourceLine> out) {
    line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
    List<TextPosition> fragment = new ArrayList<>();
    double lastRight = Double.NaN;
    for (TextPosition g : line) {
      boolean blank = g.getUnicode() == null || g.getUnicode().isBlank();
      if (!fragment.isEmpty() && !blank && g.getXDirAdj() - lastRight > 1.5 * size(g)) {
        emit(fragment, page, out);
        fragment.clear();
      }
      fragment.add(g);
      if (!blank) {
        lastRight = g.getXDirAdj() + g.getWidthDirAdj();
      }
    }
    emit(fragment, page, out);
  }

  private static void emit(List<TextPosition> fragment, int page, List<SourceLine> out) {
    StringBuilder text = new StringBuilder();
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    double font = 0;
    TextPosition previous = null;
    boolean pendingSpace = false;
    for (TextPosition g : fragment) {
      String u = g.getUnicode();
      if (u == null || u.isBlank()) {
        pendingSpace = previous != null;
        continue;
      }
      if (previous != null) {
        double gap = g.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
        char a = text.charAt(text.length() - 1);
        char b = u.charAt(0);
        boolean cjk = Scripts.isCjk(a) || Scripts.isCjk(b);
        if (pendingSpace || (!cjk && gap > 0.2 * size(g)) || (cjk && gap > 0.8 * size(g))) {
          text.append(' ');
        }
      }
      pendingSpace = false;
      text.append(u);
      double s = size(g);
      x0 = Math.min(x0, g.getXDirAdj());
      x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
      top = Math.min(top, g.getYDirAdj() - s * 0.88);
      bottom = Math.max(bottom, g.getYDirAdj() + s * 0.12);
      font = Math.max(font, s);
      previous = g;
    }
    if (text.isEmpty()) {
      return;
    }
    out.add(new SourceLine(page, text.toString(), x0, top, x1 - x0, bottom - top, font, false));
  }

  private static double size(TextPosition g) {
    double s = g.getFontSizeInPt();
    return s > 0 ? s : Math.max(g.getHeightDir(), 1);
  }
}
