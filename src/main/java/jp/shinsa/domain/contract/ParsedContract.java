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
 */
public record ParsedContract(
    DocumentLanguage language,
    List<Party> parties,
    int pageCount,
    String fullText,
    List<ClauseNode> clauses,
    List<PageWarning> warnings) {

  public ParsedContract {
    parties = List.copyOf(parties);
    clauses = List.copyOf(clauses);
    warnings = List.copyOf(warnings);
  }
}
