/**
 * Reads the cross-check data (contracts-templates/crosscheck/crosscheck-rules.json) with Jakarta
 * JSON-P into the domain's {@link jp.shinsa.domain.crosscheck.CrosscheckRules}, refusing a file
 * with any problem and listing all of them.
 */
package jp.shinsa.infrastructure.crosscheck;
