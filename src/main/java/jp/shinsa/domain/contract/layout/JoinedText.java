package jp.shinsa.domain.contract.layout;

import java.util.BitSet;
import java.util.List;
import jp.shinsa.domain.contract.LineBox;

/**
 * The running text of a document with its logical lines and the physical line boxes behind them.
 *
 * @param fullText logical lines separated by a single newline
 * @param lines logical lines in reading order
 * @param boxes physical lines with their offsets into {@code fullText}
 * @param spaced indices of the logical lines printed after a blank line (a vertical gap of more
 *     than a line on the same page): the paragraph breaks of text without paragraph numbers
 */
public record JoinedText(
    String fullText, List<TextLine> lines, List<LineBox> boxes, BitSet spaced) {

  public JoinedText {
    lines = List.copyOf(lines);
    boxes = List.copyOf(boxes);
    spaced = spaced == null ? new BitSet() : (BitSet) spaced.clone();
  }

  public JoinedText(String fullText, List<TextLine> lines, List<LineBox> boxes) {
    this(fullText, lines, boxes, null);
  }

  /** Whether the logical line at {@code index} follows a blank line on its page. */
  public boolean spacedBefore(int index) {
    return spaced.get(index);
  }

  /** Page of the character at {@code offset}, from the physical line that produced it. */
  public int pageAt(int offset) {
    int lo = 0;
    int hi = boxes.size() - 1;
    int page = boxes.isEmpty() ? 1 : boxes.get(0).page();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (boxes.get(mid).startOffset() <= offset) {
        page = boxes.get(mid).page();
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return page;
  }

  /** True when any physical line overlapping the range came from OCR. */
  public boolean anyOcr(int start, int end) {
    // Boxes are in offset order: find the first one ending after start, then scan to end.
    int lo = 0;
    int hi = boxes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (boxes.get(mid).endOffset() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < boxes.size() && boxes.get(i).startOffset() < end; i++) {
      if (boxes.get(i).ocr()) {
        return true;
      }
    }
    return false;
  }
}
