/**
 * The evaluation command: runs the whole chain (fixture PDF → ingestion → judgment) over the
 * labelled sample corpus and reports per-item precision and recall, priority-item accuracy and the
 * mismatches, so that detection data can be improved by general mechanisms and regressions fail.
 */
package jp.shinsa.evaluation;
