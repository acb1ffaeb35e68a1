/**
 * Stored findings: the judged outcome of each checklist item for a contract version, as the
 * judgment engine produced it. Officers' reviews and overrides are kept apart (review package) so
 * that re-judging never erases a human decision.
 */
package jp.shinsa.domain.finding;
