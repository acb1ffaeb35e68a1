package jp.shinsa.infrastructure.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
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

  /**
   * Decoded content (page streams plus the forms they draw) one page may need. Text pages need
   * kilobytes and dense vector drawings a few MB; a compression bomb needs hundreds.
   */
  static final long MAX_CONTENT_BYTES_PER_PAGE = 16L << 20;

  /**
   * Decoded content a whole document may need. PDFBox parses content at a few MB/s, so this bounds
   * the time one upload can take; a 1,000-page contract needs tens of MB.
   */
  static final long MAX_CONTENT_BYTES_PER_DOCUMENT = 128L << 20;

  /**
   * PDFBox's scratch buffers: up to 16 MB per document in heap, the rest in a temp file. Bounded
   * per document (so one hostile file cannot exhaust the heap) without paying disk I/O for the
   * ordinary contract, which fits in memory many times over.
   */
  private static final org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction
      STREAM_CACHE = MemoryUsageSetting.setupMixed(16L << 20).streamCache;

  /** Characters one page may draw: several times the densest real contract page. */
  static final int MAX_GLYPHS_PER_PAGE = 50_000;

  private final IngestionLimits limits;
  private final ReadingOrder readingOrder = new ReadingOrder();

  public PdfTextExtractor(IngestionLimits limits) {
    this.limits = limits;
    DecodeLimit.install();
  }

  /** Opens the file; the caller closes the document. */
  public PDDocument open(byte[] pdf) {
    if (pdf.length > limits.maxBytes()) {
      throw tooLarge(pdf.length);
    }
    checkHeader(pdf, pdf.length);
    try {
      return checkPages(Loader.loadPDF(pdf, "", null, null, STREAM_CACHE));
    } catch (InvalidContractFileException e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw encrypted(e);
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    } catch (StackOverflowError e) {
      throw tooDeep(e);
    } catch (NoClassDefFoundError e) {
      throw certificateEncrypted(e);
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
      return checkPages(Loader.loadPDF(pdf.toFile(), "", null, null, STREAM_CACHE));
    } catch (InvalidContractFileException e) {
      throw e;
    } catch (InvalidPasswordException e) {
      throw encrypted(e);
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    } catch (StackOverflowError e) {
      throw tooDeep(e);
    } catch (NoClassDefFoundError e) {
      throw certificateEncrypted(e);
    }
  }

  /** Text of every page, as positioned lines in reading order. */
  public List<PageContent> extract(PDDocument doc) {
    try {
      LineCollector collector = new LineCollector();
      checkDocumentBudget(doc);
      collector.writeText(doc, Writer.nullWriter());
      return collector.pages;
    } catch (InvalidContractFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw corrupt(e);
    } catch (StackOverflowError e) {
      throw tooDeep(e);
    }
  }

  /**
   * Counts the real pages rather than trusting /Count, and leaves the document with a flat page
   * tree so later steps cannot be misled by a lying, cyclic or absurdly deep one.
   */
  /**
   * Inflates every page's content once, without parsing it, so that a document of many pages
   * sharing one bomb is refused before any slow parsing starts.
   */
  private static void checkDocumentBudget(PDDocument doc) throws IOException {
    long total = 0;
    for (PDPage page : doc.getPages()) {
      for (var it = page.getContentStreams(); it.hasNext(); ) {
        total += decodedSize(it.next(), MAX_CONTENT_BYTES_PER_DOCUMENT - total);
        if (total > MAX_CONTENT_BYTES_PER_DOCUMENT) {
          throw documentTooHeavy();
        }
      }
    }
  }

  /** Decoded length of a stream, reading no further than {@code limit + 1} bytes. */
  static long decodedSize(PDStream stream, long limit) throws IOException {
    if (stream == null) {
      return 0;
    }
    List<COSName> filters = stream.getFilters();
    if (filters.size() == 1) {
      // Decode straight into a counter: PDFBox's own path would buffer the whole result in heap.
      DecodeLimit.Capped counter = new DecodeLimit.Capped(OutputStream.nullOutputStream(), limit);
      try (InputStream raw = stream.getCOSObject().createRawInputStream()) {
        FilterFactory.INSTANCE
            .getFilter(filters.get(0))
            .decode(raw, counter, stream.getCOSObject(), 0);
      } catch (DecodeLimit.StreamTooLargeException e) {
        return limit + 1;
      } catch (IOException e) {
        // A damaged stream counts for what decoded before the damage; PDFBox reads it the same way.
      }
      return counter.written();
    }
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    try (InputStream in = stream.createInputStream()) {
      int n;
      while (size <= limit && (n = in.read(buffer)) > 0) {
        size += n;
      }
    }
    return size;
  }

  private static InvalidContractFileException documentTooHeavy() {
    return new InvalidContractFileException(
        InvalidContractFileException.Code.TOO_LARGE,
        "The PDF unpacks to more than "
            + (MAX_CONTENT_BYTES_PER_DOCUMENT >> 20)
            + " MB of drawing instructions; no contract needs that much, so the file is refused.");
  }

  private PDDocument checkPages(PDDocument doc) {
    int pages;
    try {
      pages = PageTreeFlattener.flatten(doc, countCap());
    } catch (RuntimeException e) {
      closeQuietly(doc);
      throw corrupt(e);
    } catch (StackOverflowError e) {
      closeQuietly(doc);
      throw tooDeep(e);
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
          (pages > countCap() ? "The PDF has more than " + countCap() : "The PDF has " + pages)
              + " pages; at most "
              + limits.maxPages()
              + " are accepted.");
    }
    return doc;
  }

  /** Pages are counted exactly up to ten times the limit, for an informative message. */
  private int countCap() {
    return (int) Math.min(Integer.MAX_VALUE - 1L, 10L * limits.maxPages());
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

  static InvalidContractFileException corrupt(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DecodeLimit.StreamTooLargeException) {
        return new InvalidContractFileException(
            InvalidContractFileException.Code.TOO_LARGE,
            t.getMessage() + " No contract needs that much, so the file is refused.",
            e);
      }
    }
    return new InvalidContractFileException(
        InvalidContractFileException.Code.CORRUPT,
        "The PDF is damaged and cannot be read: " + e.getMessage(),
        e);
  }

  static InvalidContractFileException pageTooHeavy(int page, String what) {
    return new InvalidContractFileException(
        InvalidContractFileException.Code.TOO_LARGE,
        "Page "
            + page
            + " "
            + what
            + "; no contract page needs that much, so the file is refused.");
  }

  /** PDFBox parses nested objects recursively; thousands of levels exhaust the thread's stack. */
  static InvalidContractFileException tooDeep(StackOverflowError e) {
    return new InvalidContractFileException(
        InvalidContractFileException.Code.CORRUPT,
        "The PDF nests objects too deeply to be read safely.",
        e);
  }

  /**
   * PDFBox's public-key (certificate) security handler needs BouncyCastle, which Shinsa does not
   * ship; without it loading such a file fails with a linkage error rather than an exception. The
   * file is encrypted for named recipients either way, so it is reported as such.
   */
  private static InvalidContractFileException certificateEncrypted(NoClassDefFoundError e) {
    if (String.valueOf(e.getMessage()).contains("bouncycastle")) {
      return new InvalidContractFileException(
          InvalidContractFileException.Code.ENCRYPTED,
          "The PDF is encrypted for specific certificate holders; upload an unprotected copy.",
          e);
    }
    throw e;
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
    private int glyphs;
    private long contentBytes;
    private long documentBytes;

    /** Does the stripper's duplicate removal, which it leaves out once told to. */
    private final OverprintFilter overprints = new OverprintFilter();

    /**
     * Whether marked content supplies the text (/ActualText), tracked as the stripper tracks it:
     * the stripper then takes that text and does not look for duplicates.
     */
    private boolean actualText;

    private final java.util.ArrayDeque<Boolean> markedContent = new java.util.ArrayDeque<>();

    LineCollector() {
      setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      boolean hasText = PDMarkedContent.create(tag, properties).getActualText() != null;
      markedContent.push(hasText);
      actualText = hasText;
      super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
      if (!markedContent.isEmpty() && markedContent.pop()) {
        actualText = false;
      }
      super.endMarkedContentSequence();
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      glyphs = 0;
      contentBytes = 0;
      overprints.clear();
      for (var it = page.getContentStreams(); it.hasNext(); ) {
        charge(it.next(), page);
      }
      super.processPage(page);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
      charge(form.getContentStream(), getCurrentPage());
      super.showForm(form);
    }

    /**
     * Text stripping keeps every glyph of a page in memory and compares overlapping ones, so a page
     * that redraws its text thousands of times costs quadratic time; no real page comes near the
     * bound.
     */
    @Override
    protected void processTextPosition(TextPosition text) {
      if (++glyphs > MAX_GLYPHS_PER_PAGE) {
        throw pageTooHeavy(
            getCurrentPageNo(), "draws more than " + MAX_GLYPHS_PER_PAGE + " characters");
      }
      if (!actualText
          && overprints.duplicate(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
        return;
      }
      super.processTextPosition(text);
    }

    /** Counts a stream's decoded size against the page's and document's budgets before parsing. */
    private void charge(PDStream stream, PDPage page) throws IOException {
      long size = decodedSize(stream, MAX_CONTENT_BYTES_PER_PAGE - contentBytes);
      contentBytes += size;
      documentBytes += size;
      if (contentBytes > MAX_CONTENT_BYTES_PER_PAGE) {
        throw pageTooHeavy(
            getCurrentPageNo(),
            "unpacks to more than "
                + (MAX_CONTENT_BYTES_PER_PAGE >> 20)
                + " MB of drawing instructions");
      }
      if (documentBytes > MAX_CONTENT_BYTES_PER_DOCUMENT) {
        throw documentTooHeavy();
      }
    }

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

  /**
   * A glyph's position read once: TextPosition computes its adjusted coordinates on every call, and
   * sorting a page calls them O(n log n) times. Coordinates stay floats so that every comparison
   * and sum below rounds exactly as it would on the TextPosition getters.
   */
  private static final class Glyph {
    final float x;
    final float y;
    final float width;
    final double size;
    final String unicode;

    Glyph(TextPosition t) {
      this.x = t.getXDirAdj();
      this.y = t.getYDirAdj();
      this.width = t.getWidthDirAdj();
      this.size = size(t);
      this.unicode = t.getUnicode();
    }
  }

  private static final Comparator<Glyph> BY_BASELINE_THEN_X =
      (a, b) -> {
        int c = Double.compare(a.y, b.y);
        return c != 0 ? c : Double.compare(a.x, b.x);
      };

  private static final Comparator<Glyph> BY_X = (a, b) -> Double.compare(a.x, b.x);

  /** Groups glyphs into baseline clusters, then splits each at gaps wide enough to be a gutter. */
  static List<SourceLine> fragments(List<TextPosition> glyphs, int page) {
    List<Glyph> sorted = new ArrayList<>(glyphs.size());
    for (TextPosition t : glyphs) {
      sorted.add(new Glyph(t));
    }
    sorted.sort(BY_BASELINE_THEN_X);
    List<SourceLine> out = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    for (Glyph g : sorted) {
      if (!line.isEmpty()) {
        Glyph first = line.get(0);
        double tolerance = Math.max(1.5, first.size * 0.5);
        if (Math.abs(g.y - first.y) > tolerance) {
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

  private static void split(List<Glyph> line, int page, List<SourceLine> out) {
    line.sort(BY_X);
    List<Glyph> fragment = new ArrayList<>();
    double lastRight = Double.NaN;
    for (Glyph g : line) {
      boolean blank = g.unicode == null || g.unicode.isBlank();
      if (!fragment.isEmpty() && !blank && g.x - lastRight > 1.5 * g.size) {
        emit(fragment, page, out);
        fragment.clear();
      }
      fragment.add(g);
      if (!blank) {
        lastRight = g.x + g.width;
      }
    }
    emit(fragment, page, out);
  }

  private static void emit(List<Glyph> fragment, int page, List<SourceLine> out) {
    StringBuilder text = new StringBuilder();
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    double font = 0;
    Glyph previous = null;
    boolean pendingSpace = false;
    for (Glyph g : fragment) {
      String u = g.unicode;
      if (u == null || u.isBlank()) {
        pendingSpace = previous != null;
        continue;
      }
      if (previous != null) {
        double gap = g.x - (previous.x + previous.width);
        char a = text.charAt(text.length() - 1);
        char b = u.charAt(0);
        boolean cjk = Scripts.isCjk(a) || Scripts.isCjk(b);
        if (pendingSpace || (!cjk && gap > 0.2 * g.size) || (cjk && gap > 0.8 * g.size)) {
          text.append(' ');
        }
      }
      pendingSpace = false;
      text.append(u);
      double s = g.size;
      x0 = Math.min(x0, g.x);
      x1 = Math.max(x1, g.x + g.width);
      top = Math.min(top, g.y - s * 0.88);
      bottom = Math.max(bottom, g.y + s * 0.12);
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
