package jp.shinsa.domain.contract;

/**
 * Something the reader of a contract must know about one page, e.g. that it had no text layer.
 *
 * @param page 1-based page number
 * @param code stable machine code (e.g. "OCR_UNAVAILABLE", "OCR_USED", "NO_TEXT")
 * @param message human-readable explanation in English; the UI translates by {@code code}
 */
public record PageWarning(int page, String code, String message) {}
