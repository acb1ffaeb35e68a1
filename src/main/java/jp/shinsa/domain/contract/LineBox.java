package jp.shinsa.domain.contract;

/**
 * Where one physical line of the source document sits on its page, and which characters of {@link
 * ParsedContract#fullText()} it produced. Lets the viewer highlight a clause on the page image.
 *
 * @param page 1-based page number
 * @param x left edge in PDF points from the page's left edge
 * @param y top edge in PDF points from the page's top edge (screen orientation, not PDF's bottom-up
 *     y), so the viewer can scale it directly onto a rendered image
 * @param width width in PDF points
 * @param height height in PDF points
 * @param startOffset offset of the line's first character in the full text
 * @param endOffset offset just past the line's last character in the full text
 * @param ocr true when the line came from OCR rather than a text layer
 */
public record LineBox(
    int page,
    double x,
    double y,
    double width,
    double height,
    int startOffset,
    int endOffset,
    boolean ocr) {

  /** True when the source had no geometry for this line (plain-text input). */
  public boolean hasGeometry() {
    return width > 0 && height > 0;
  }
}
