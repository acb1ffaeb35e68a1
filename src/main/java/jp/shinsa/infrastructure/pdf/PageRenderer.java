package jp.shinsa.infrastructure.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders one page as a PNG for the contract viewer. Line boxes from {@link
 * jp.shinsa.domain.contract.LineBox} are in points from the top-left corner, so the viewer scales
 * them by {@code dpi / 72} to highlight clauses on this image.
 */
public final class PageRenderer {

  private static final int MIN_DPI = 36;
  private static final int MAX_DPI = 300;

  private final PdfTextExtractor opener;

  public PageRenderer() {
    this(IngestionLimits.fromSystemProperties());
  }

  public PageRenderer(IngestionLimits limits) {
    this.opener = new PdfTextExtractor(limits);
  }

  /**
   * Longest side of a rendered page in pixels: a page declared 5 m wide must not exhaust the heap.
   */
  static final int MAX_PIXELS_PER_SIDE = 6000;

  /** The requested resolution, lowered when the image of a very large page would exceed the cap. */
  static float boundedDpi(float dpi, double widthPt, double heightPt) {
    double longest = Math.max(widthPt, heightPt);
    if (longest <= 0) {
      return dpi;
    }
    return (float) Math.min(dpi, MAX_PIXELS_PER_SIDE * 72.0 / longest);
  }

  /**
   * @param pdf the contract file
   * @param pageNumber 1-based page number
   * @param dpi resolution, clamped to 36..300
   */
  public byte[] renderPng(byte[] pdf, int pageNumber, int dpi) {
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
      var box = doc.getPage(pageNumber - 1).getMediaBox();
      float bounded = boundedDpi(clamped, box.getWidth(), box.getHeight());
      BufferedImage image =
          new PDFRenderer(doc).renderImageWithDPI(pageNumber - 1, bounded, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new InvalidContractFileException(
          InvalidContractFileException.Code.CORRUPT,
          "The page could not be rendered: " + e.getMessage(),
          e);
    }
  }
}
