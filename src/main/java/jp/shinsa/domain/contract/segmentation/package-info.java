/**
 * Splits a contract's joined text into its clause tree (preamble, articles, paragraphs, items,
 * annexes, closing). Pure Java: it works on logical lines and offsets and knows nothing of PDFs.
 */
package jp.shinsa.domain.contract.segmentation;
