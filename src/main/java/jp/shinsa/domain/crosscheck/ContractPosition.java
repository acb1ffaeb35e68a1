package jp.shinsa.domain.crosscheck;

import java.util.List;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;

/**
 * What the contract says on one linked item: the judgment and the clauses that decided it (empty
 * when the contract is silent).
 *
 * @param itemId contract checklist item
 * @param outcome judged outcome
 * @param evidence deciding clauses with reference and verbatim quote
 * @param judgmentRule the judgment engine's rule ID
 * @param reason the engine's reason, en
 * @param reasonJa the engine's reason, ja
 */
public record ContractPosition(
    String itemId,
    Outcome outcome,
    List<Evidence> evidence,
    String judgmentRule,
    String reason,
    String reasonJa) {

  public ContractPosition {
    evidence = List.copyOf(evidence);
  }

  static ContractPosition of(ItemJudgment j) {
    return new ContractPosition(
        j.itemId(), j.outcome(), j.evidence(), j.rule(), j.reason(), j.reasonJa());
  }
}
