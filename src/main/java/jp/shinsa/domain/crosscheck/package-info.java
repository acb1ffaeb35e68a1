/**
 * Cross-checking a vendor's questionnaire answers with the judged contract: where the vendor says
 * one thing and the contract another, a {@link jp.shinsa.domain.crosscheck.Contradiction} shows
 * both sides with the contract's evidence. Which questions map to which contract items, and which
 * answer/outcome pairs contradict, is data (contracts-templates/crosscheck/crosscheck-rules.json);
 * this package only applies it.
 */
package jp.shinsa.domain.crosscheck;
