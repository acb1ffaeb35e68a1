package jp.shinsa.domain.questionnaire;

/** Whether the officer can see an answer yet. */
public enum AnswerState {
  /** Saved by the vendor, not yet part of a submission. */
  DRAFT,
  /** Part of a submission the officer can review. */
  SUBMITTED
}
