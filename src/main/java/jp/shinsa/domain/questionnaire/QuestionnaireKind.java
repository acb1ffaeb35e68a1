package jp.shinsa.domain.questionnaire;

/** Who asks the questions, which decides who may see and change the questionnaire. */
public enum QuestionnaireKind {
  /**
   * An agency's officer asks a vendor organisation for one procurement: the buyer and the vendor
   * are two different organisations, and the officer reviews the answers.
   */
  AGENCY_REQUEST,
  /**
   * A supplier answers the DS-920 questions in advance for its own organisation, to enclose them in
   * a submission package. Issuer and respondent are the same organisation; it is never sent, never
   * reviewed, and no agency sees it until a package carrying its answers is imported.
   */
  SELF_ASSESSMENT
}
