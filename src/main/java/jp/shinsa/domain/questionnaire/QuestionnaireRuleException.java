package jp.shinsa.domain.questionnaire;

import java.util.Objects;

/**
 * A request the questionnaire rules refuse. The {@link Violation} lets the REST and JSF layers map
 * the refusal to a status code and a translated message without parsing text.
 */
public class QuestionnaireRuleException extends RuntimeException {

  /** What was wrong with the request. */
  public enum Violation {
    /** The questionnaire is closed or accepted: nothing may change any more. */
    QUESTIONNAIRE_CLOSED,
    /** The step is not allowed in the questionnaire's current status. */
    WRONG_STATUS,
    /** The question does not belong to this questionnaire. */
    UNKNOWN_QUESTION,
    /** The caller's organisation is not the one this step belongs to. */
    WRONG_ORGANISATION,
    /** Submission attempted while required questions are unanswered. */
    REQUIRED_UNANSWERED,
    /** A re-submission that does not answer every clarification request. */
    CLARIFICATION_UNANSWERED,
    /** A question is malformed (no text, duplicate item) or the questionnaire has none. */
    INVALID_QUESTION,
    /** An evidence file whose content is not one of the allowed types. */
    EVIDENCE_TYPE_NOT_ALLOWED,
    /** An evidence file above the size limit. */
    EVIDENCE_TOO_LARGE,
    /** An evidence period whose end is before its start. */
    INVALID_EVIDENCE_PERIOD,
    /** An officer decision that asks for clarification without saying what is asked. */
    MISSING_REQUEST_TEXT,
    /**
     * A step that belongs to the exchange between an agency and a vendor (send, review, close)
     * tried on a supplier's self-assessment, or a self-assessment step on an agency questionnaire.
     */
    SELF_ASSESSMENT
  }

  private final Violation violation;

  public QuestionnaireRuleException(Violation violation, String message) {
    super(message);
    this.violation = Objects.requireNonNull(violation);
  }

  public Violation violation() {
    return violation;
  }
}
