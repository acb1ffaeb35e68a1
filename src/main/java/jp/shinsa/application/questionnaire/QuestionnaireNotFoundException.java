package jp.shinsa.application.questionnaire;

/**
 * The questionnaire does not exist or is not visible to the caller's organisation; the two cases
 * are deliberately the same so that ids reveal nothing about other tenants.
 */
public class QuestionnaireNotFoundException extends RuntimeException {
  public QuestionnaireNotFoundException() {
    super("No such questionnaire");
  }
}
