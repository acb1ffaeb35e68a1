/**
 * Officers' reviews of findings as use cases: the findings of a contract version with the outcome
 * that counts after any review (the engine's, or the officer's override), and recording a
 * confirmation, override or not-applicable mark on the record and in the audit trail.
 */
package jp.shinsa.application.review;
