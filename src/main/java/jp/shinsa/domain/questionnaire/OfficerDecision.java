package jp.shinsa.domain.questionnaire;

/** The officer's verdict on one submitted answer. */
public enum OfficerDecision {
  ACCEPTED,
  CLARIFICATION_REQUESTED
}
