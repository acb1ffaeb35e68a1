package jp.shinsa.domain.contract;

import java.util.List;

/**
 * One node of the clause tree as segmented from a contract. Immutable; built by the segmenter and
 * persisted by the application layer.
 *
 * @param kind structural level
 * @param printedNumber the number exactly as printed ("第7条", "Article 7", "2", "(1)", "（一）"), empty
 *     for a preamble
 * @param path normalised, dot-separated path used as a stable reference ("7", "7.2", "7.2.1";
 *     annexes "A1", "A1.3"); unique within one contract version. Conventions: the unnumbered first
 *     paragraph of a Japanese article that has a "２" is "N.1"; items of an article without
 *     paragraphs sit in its paragraph 1 (第8条第2号 and Section 8(b) are both "8.1.2"); branch articles
 *     use a hyphen (第7条の2 is "7-2"); the preamble is "preamble", the closing "closing", 附則
 *     "supplementary" (it takes no annex number); unnumbered annexes and documents attached after
 *     the signatures are numbered in printed order (A1, A2); blocks separated by blank lines under
 *     an unnumbered heading are paragraphs ("8.2"); definitions without a number are numbered in
 *     order like items
 * @param heading caption or heading ("秘密保持", "Confidentiality"), or null
 * @param text the node's own text as extracted, for display (children's text not included)
 * @param normalisedText {@code text} after width/punctuation normalisation, for matching
 * @param pageFrom first page (1-based) the node's text appears on
 * @param pageTo last page (1-based) the node's text or any descendant's text appears on
 * @param startOffset offset of the node's first character in the document's full text
 * @param endOffset offset just past the node's own text in the document's full text
 * @param ocr true when any of the node's text came from OCR rather than a text layer
 * @param children nested nodes in document order
 */
public record ClauseNode(
    ClauseKind kind,
    String printedNumber,
    String path,
    String heading,
    String text,
    String normalisedText,
    int pageFrom,
    int pageTo,
    int startOffset,
    int endOffset,
    boolean ocr,
    List<ClauseNode> children) {

  public ClauseNode {
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** Text of this node and all descendants, in document order, joined by newlines. */
  public String fullText() {
    if (children.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text == null ? "" : text);
    for (ClauseNode child : children) {
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append(child.fullText());
    }
    return sb.toString();
  }
}
