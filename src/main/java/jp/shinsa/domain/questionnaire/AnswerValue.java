package jp.shinsa.domain.questionnaire;

/**
 * The vendor's answer to one question. Questions are phrased so that YES means the buyer is
 * protected; the cross-check relies on that.
 */
public enum AnswerValue {
  YES,
  NO,
  PARTLY,
  NOT_APPLICABLE
}
