package jp.shinsa.infrastructure.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders one page as a PNG for the contract viewer. Line boxes from {@link
 * jp.shinsa.domain.contract.LineBox} are in points from the top-left corner, so the viewer scales
 * them by {@code dpi / 72} to highlight clauses on this image.
 */
public final class PageRenderer {

  private static final int MIN_DPI = 36;
  private static final int MAX_DPI = 300;

  /**
   * Largest bitmap rendered for one page: A3 at 300 dpi. A page may declare any size (a hostile
   * MediaBox of metres square at 150 dpi needs gigabytes), so bigger pages are drawn at a lower
   * resolution instead.
   */
  static final long MAX_PIXELS = 17_500_000;

  private final PdfTextExtractor opener;

  public PageRenderer() {
    this(IngestionLimits.fromSystemProperties());
  }

  public PageRenderer(IngestionLimits limits) {
    this.opener = new PdfTextExtractor(limits);
  }

  /** A rendered page and the resolution it was actually drawn at. */
  public record RenderedPage(byte[] png, float dpi) {}

  /**
   * @param pdf the contract file
   * @param pageNumber 1-based page number
   * @param dpi resolution, clamped to 36..300
   */
  public byte[] renderPng(byte[] pdf, int pageNumber, int dpi) {
    return render(pdf, pageNumber, dpi).png();
  }

  /**
   * Like {@link #renderPng} but also says the resolution used: a huge page is drawn below the
   * requested dpi (see {@link #renderBounded}), and the viewer needs the real figure to place
   * clause boxes, which are in points, on the image.
   */
  public RenderedPage render(byte[] pdf, int pageNumber, int dpi) {
    try (PDDocument doc = opener.open(pdf)) {
      if (pageNumber < 1 || pageNumber > doc.getNumberOfPages()) {
        throw new IllegalArgumentException(
            "Page "
                + pageNumber
                + " does not exist; the PDF has "
                + doc.getNumberOfPages()
                + " pages.");
      }
      int clamped = Math.max(MIN_DPI, Math.min(MAX_DPI, dpi));
      BufferedImage image =
          renderBounded(newRenderer(doc), doc, pageNumber - 1, clamped, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return new RenderedPage(out.toByteArray(), boundedDpi(doc, pageNumber - 1, clamped));
    } catch (InvalidContractFileException | IllegalArgumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      InvalidContractFileException why = PdfTextExtractor.corrupt(e);
      throw new InvalidContractFileException(
          why.getCode(), "The page could not be rendered: " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw PdfTextExtractor.tooDeep(e);
    }
  }

  /**
   * Renders at {@code dpi}, or lower when the page is so large that the bitmap would exceed {@link
   * #MAX_PIXELS}. Images are subsampled to the output resolution, so an image that declares 50000 x
   * 50000 samples is never decoded at full size. The effective resolution is {@code
   * image.getWidth() * 72 / pageWidthInPoints}.
   */
  static BufferedImage renderBounded(
      PDFRenderer renderer, PDDocument doc, int pageIndex, float dpi, ImageType type)
      throws IOException {
    renderer.setSubsamplingAllowed(true);
    return renderer.renderImageWithDPI(pageIndex, boundedDpi(doc, pageIndex, dpi), type);
  }

  /** The resolution {@link #renderBounded} actually uses for this page. */
  static float boundedDpi(PDDocument doc, int pageIndex, float dpi) {
    PDRectangle box = doc.getPage(pageIndex).getCropBox();
    double width = Math.max(1, Math.abs(box.getWidth())) / 72.0;
    double height = Math.max(1, Math.abs(box.getHeight())) / 72.0;
    return (float) Math.min(dpi, Math.sqrt(MAX_PIXELS / (width * height)));
  }

  /**
   * A renderer that charges what one page draws (its content, the forms it uses and its
   * annotations' appearances) against the same per-page budget as text extraction. Extraction never
   * reads annotation appearances, so without this a page of bombs hidden in appearances would pass
   * ingestion and then tie up the viewer.
   */
  static PDFRenderer newRenderer(PDDocument doc) {
    return new PDFRenderer(doc) {
      @Override
      protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new BudgetedDrawer(parameters, doc.getPages().indexOf(parameters.getPage()) + 1);
      }
    };
  }

  private static final class BudgetedDrawer extends PageDrawer {
    private final int pageNumber;
    private long bytes;

    BudgetedDrawer(PageDrawerParameters parameters, int pageNumber) throws IOException {
      super(parameters);
      this.pageNumber = pageNumber;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      for (var it = page.getContentStreams(); it.hasNext(); ) {
        charge(it.next());
      }
      super.processPage(page);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
      charge(form.getContentStream());
      super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
      charge(form.getContentStream());
      super.showTransparencyGroup(form);
    }

    @Override
    public void showAnnotation(PDAnnotation annotation) throws IOException {
      PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
      if (appearance != null) {
        charge(appearance.getContentStream());
      }
      super.showAnnotation(annotation);
    }

    private void charge(PDStream stream) throws IOException {
      long limit = PdfTextExtractor.MAX_CONTENT_BYTES_PER_PAGE;
      bytes += PdfTextExtractor.decodedSize(stream, limit - bytes);
      if (bytes > limit) {
        throw PdfTextExtractor.pageTooHeavy(
            pageNumber, "unpacks to more than " + (limit >> 20) + " MB of drawing instructions");
      }
    }
  }
}
