package jp.shinsa.domain.questionnaire;

import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.EVIDENCE_TOO_LARGE;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.EVIDENCE_TYPE_NOT_ALLOWED;

/**
 * What evidence files the portal accepts. The size limit is configuration (deployment property);
 * the types are fixed by {@link EvidenceType}.
 *
 * @param maxBytes largest accepted file in bytes
 */
public record EvidencePolicy(long maxBytes) {

  /** 20 MB: enough for an audit report or ISMAP registration scan, small for a database row. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public EvidencePolicy {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
  }

  public static EvidencePolicy defaults() {
    return new EvidencePolicy(DEFAULT_MAX_BYTES);
  }

  /**
   * Checks a file against the policy.
   *
   * @return the detected type
   * @throws QuestionnaireRuleException EVIDENCE_TOO_LARGE or EVIDENCE_TYPE_NOT_ALLOWED
   */
  public EvidenceType check(String fileName, byte[] content) {
    if (content != null && content.length > maxBytes) {
      throw new QuestionnaireRuleException(
          EVIDENCE_TOO_LARGE,
          "evidence file '%s' has %d bytes; the limit is %d"
              .formatted(fileName, content.length, maxBytes));
    }
    return EvidenceType.detect(fileName, content)
        .orElseThrow(
            () ->
                new QuestionnaireRuleException(
                    EVIDENCE_TYPE_NOT_ALLOWED,
                    "evidence file '%s' is not a PDF, PNG, JPEG, plain text, CSV, XLSX or DOCX file (judged by its content and name)"
                        .formatted(fileName)));
  }
}
