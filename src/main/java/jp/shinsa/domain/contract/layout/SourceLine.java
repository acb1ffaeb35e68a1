package jp.shinsa.domain.contract.layout;

/**
 * One physical line (or line fragment) of a page as it came out of the source.
 *
 * @param page 1-based page number
 * @param text the line's text as extracted
 * @param x left edge in points (0 when the source has no geometry)
 * @param y top edge in points from the page top
 * @param width width in points (0 when the source has no geometry)
 * @param height height in points
 * @param fontSize dominant font size in points (0 when unknown)
 * @param ocr true when the text came from OCR
 */
public record SourceLine(
    int page,
    String text,
    double x,
    double y,
    double width,
    double height,
    double fontSize,
    boolean ocr) {

  /** A line from a plain-text source, without geometry. */
  public static SourceLine plain(int page, String text) {
    return new SourceLine(page, text, 0, 0, 0, 0, 0, false);
  }

  public boolean hasGeometry() {
    return width > 0;
  }

  public double right() {
    return x + width;
  }

  public double bottom() {
    return y + height;
  }

  public SourceLine withText(String newText) {
    return new SourceLine(page, newText, x, y, width, height, fontSize, ocr);
  }
}
