/**
 * Exports of the gap and remediation report for one contract version as PDF (PDFBox, with a
 * Japanese font embedded so Japanese renders on any reader), CSV (for Excel) and JSON (for other
 * systems), in Japanese or English. The exporters take a plain {@link
 * jp.shinsa.infrastructure.report.GapReport} assembled by the application layer and know nothing of
 * persistence.
 */
package jp.shinsa.infrastructure.report;
