/**
 * Turns the physical lines of a contract (from a PDF text layer, OCR or a plain-text sample) into
 * one running text: reading order for multi-column pages, removal of running headers, footers and
 * page numbers, and joining of wrapped lines. Pure Java, no PDF library, so the same pipeline
 * serves PDFs and text fixtures.
 */
package jp.shinsa.domain.contract.layout;
