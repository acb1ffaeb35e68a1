/**
 * A contract as Shinsa understands it: the clause tree segmented from the uploaded file, the
 * parties bound to the vendor or buyer side, the language, page warnings and the layout needed to
 * highlight clauses. {@link jp.shinsa.domain.contract.ContractAssembler} builds it from page lines;
 * the infrastructure layer supplies those lines from PDFs and OCR.
 */
package jp.shinsa.domain.contract;
