/**
 * Optical character recognition for pages without a text layer (scans), through the {@code
 * tesseract} command line with Japanese and English models.
 */
package jp.shinsa.infrastructure.ocr;
