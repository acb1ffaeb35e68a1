package jp.shinsa.domain.contract;

import java.util.List;

/**
 * The result of ingesting one contract file: its clause tree plus what later judgment needs.
 *
 * @param language detected language
 * @param parties defined parties, vendor and buyer side
 * @param pageCount number of pages in the source document
 * @param fullText the document's text after header/footer removal and line joining; clause offsets
 *     index into it
 * @param clauses top-level nodes (preamble, articles, annexes, closing) in document order
 * @param warnings per-page warnings (e.g. "page 3: no text layer and OCR unavailable")
 * @param normalisedFullText {@code fullText} after width/punctuation normalisation; it has exactly
 *     the same length, so every offset is valid in both strings
 * @param lineBoxes physical lines with their page position and full-text offsets, in reading order
 *     (empty when the source had no layout)
 */
public record ParsedContract(
    DocumentLanguage language,
    List<Party> parties,
    int pageCount,
    String fullText,
    List<ClauseNode> clauses,
    List<PageWarning> warnings,
    String normalisedFullText,
    List<LineBox> lineBoxes) {

  public ParsedContract {
    parties = List.copyOf(parties);
    clauses = List.copyOf(clauses);
    warnings = List.copyOf(warnings);
    lineBoxes = lineBoxes == null ? List.of() : List.copyOf(lineBoxes);
    if (normalisedFullText == null) {
      normalisedFullText = TextNormaliser.normalise(fullText);
    }
  }

  /** Kept so that callers written before layout data existed still compile. */
  public ParsedContract(
      DocumentLanguage language,
      List<Party> parties,
      int pageCount,
      String fullText,
      List<ClauseNode> clauses,
      List<PageWarning> warnings) {
    this(language, parties, pageCount, fullText, clauses, warnings, null, List.of());
  }

  /** Line boxes overlapping the given full-text range, e.g. to highlight one clause. */
  public List<LineBox> boxesFor(int startOffset, int endOffset) {
    return lineBoxes.stream()
        .filter(b -> b.startOffset() < endOffset && b.endOffset() > startOffset)
        .toList();
  }
}
