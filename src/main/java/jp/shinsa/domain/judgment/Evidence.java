package jp.shinsa.domain.judgment;

/**
 * The place in a contract that supports a judgment.
 *
 * @param clauseRef clause number as printed in the document ("第7条第2項", "Section 7.2")
 * @param clausePath normalised path of the clause node ("7.2")
 * @param page page the quote is on (1-based)
 * @param quote the decisive sentence, verbatim from the display text
 */
public record Evidence(String clauseRef, String clausePath, int page, String quote) {}
