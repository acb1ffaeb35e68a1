package jp.shinsa.domain.crosscheck;

import java.util.List;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.questionnaire.AnswerValue;

/**
 * A disagreement between what the vendor answered and what the judged contract says, with both
 * sides' evidence, shown to officer and vendor alike.
 *
 * @param questionNumber the question in the questionnaire (0 when not from a questionnaire)
 * @param questionItemId the item asked (e.g. "DA-DATA-01")
 * @param answer what the vendor answered
 * @param vendorExplanation the vendor's own words, or null
 * @param vendorEvidence the vendor's evidence files for the answer (name and period)
 * @param contract the contract side: one position for a per-item finding; for a "not evidenced"
 *     finding every linked item that was checked
 * @param kind how strongly they disagree
 * @param severity how much it matters
 * @param ruleId the cross-check rule that fired
 * @param topic the shared point, ja/en
 * @param explanation what the finding means, ja/en
 */
public record Contradiction(
    int questionNumber,
    String questionItemId,
    AnswerValue answer,
    String vendorExplanation,
    List<String> vendorEvidence,
    List<ContractPosition> contract,
    ContradictionKind kind,
    Severity severity,
    String ruleId,
    LocalizedText topic,
    LocalizedText explanation) {

  public Contradiction {
    vendorEvidence = List.copyOf(vendorEvidence);
    contract = List.copyOf(contract);
  }
}
