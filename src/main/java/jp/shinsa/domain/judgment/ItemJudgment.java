package jp.shinsa.domain.judgment;

import java.util.List;
import jp.shinsa.domain.checklist.Severity;

/**
 * The engine's judgment of one checklist item against one contract.
 *
 * @param itemId checklist item ID
 * @param outcome judged outcome
 * @param severity severity of a gap under the chosen model (relevant unless SATISFIED)
 * @param evidence supporting clauses, most decisive first; empty when MISSING
 * @param rule the ID of the rule that decided the outcome (from the detection data)
 * @param reason human-readable reason naming the rule, in English
 * @param reasonJa the same reason in Japanese
 */
public record ItemJudgment(
    String itemId,
    Outcome outcome,
    Severity severity,
    List<Evidence> evidence,
    String rule,
    String reason,
    String reasonJa) {

  public ItemJudgment {
    evidence = List.copyOf(evidence);
  }
}
