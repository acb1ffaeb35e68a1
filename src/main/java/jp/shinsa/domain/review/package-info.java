/**
 * Officers' reviews of the engine's findings: a finding is confirmed, overridden with a reason, or
 * marked not applicable. A review remembers which clause text it was about, so that it keeps
 * applying when the contract is re-judged or a new version is uploaded, and stops applying as soon
 * as that clause changes and a human has to look again.
 */
package jp.shinsa.domain.review;
