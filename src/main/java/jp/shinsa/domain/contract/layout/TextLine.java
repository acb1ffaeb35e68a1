package jp.shinsa.domain.contract.layout;

/**
 * One logical line of the joined full text: a paragraph, heading or list entry whose wrapped
 * physical lines have been joined.
 *
 * @param text the line's text (equal to {@code fullText.substring(start, end)})
 * @param start offset of the first character in the full text
 * @param end offset just past the last character
 * @param page page of the first character
 */
public record TextLine(String text, int start, int end, int page) {}
