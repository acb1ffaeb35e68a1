/**
 * PDF ingestion: reads uploaded contract PDFs with PDFBox under size and page limits, extracts
 * positioned text per page, hands scanned pages to OCR, renders pages for the viewer and assembles
 * the {@link jp.shinsa.domain.contract.ParsedContract}. Rejected files raise {@link
 * jp.shinsa.infrastructure.pdf.InvalidContractFileException} with a stable code.
 */
package jp.shinsa.infrastructure.pdf;
