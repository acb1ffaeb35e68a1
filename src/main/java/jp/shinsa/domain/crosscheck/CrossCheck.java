package jp.shinsa.domain.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.questionnaire.AnswerValue;

/**
 * Compares answers with the judgments of one contract. Per question: every linked item is tested
 * against the per-item rules (one hostile clause contradicts the answer even if another supports
 * it); only if none fires is the best-judged linked item tested against the best-item rules, so a
 * claim counts as "not evidenced" only when no linked term supports it.
 */
public final class CrossCheck {

  // Best first: a claim is as well evidenced as its best supporting term.
  private static final List<Outcome> BEST_FIRST =
      List.of(Outcome.SATISFIED, Outcome.PARTIAL, Outcome.MISSING, Outcome.UNFAVOURABLE);

  private final CrosscheckRules rules;

  public CrossCheck(CrosscheckRules rules) {
    this.rules = rules;
  }

  /**
   * @param answers the vendor's answers to catalogue questions
   * @param judgments the contract's judgments (items marked NOT_APPLICABLE are not compared)
   * @return contradictions, most severe first, then by question number
   */
  public List<Contradiction> check(List<AnsweredItem> answers, List<ItemJudgment> judgments) {
    Map<String, ItemJudgment> byItem = new LinkedHashMap<>();
    for (ItemJudgment j : judgments) {
      if (j.outcome() != Outcome.NOT_APPLICABLE) {
        byItem.put(j.itemId(), j);
      }
    }
    List<Contradiction> found = new ArrayList<>();
    for (AnsweredItem answer : answers) {
      link(answer.itemId(), byItem).ifPresent(link -> found.addAll(check(answer, link, byItem)));
    }
    found.sort(
        Comparator.comparing(Contradiction::severity)
            .thenComparing(Contradiction::kind)
            .thenComparingInt(Contradiction::questionNumber)
            .thenComparing(Contradiction::questionItemId));
    return found;
  }

  private Optional<CrosscheckLink> link(String itemId, Map<String, ItemJudgment> byItem) {
    Optional<CrosscheckLink> link = rules.linkFor(itemId);
    if (link.isEmpty() && rules.compareItemWithItself() && byItem.containsKey(itemId)) {
      return Optional.of(
          new CrosscheckLink(itemId, List.of(itemId), new LocalizedText(itemId, itemId), true));
    }
    return link;
  }

  private List<Contradiction> check(
      AnsweredItem answer, CrosscheckLink link, Map<String, ItemJudgment> byItem) {
    AnswerValue value = link.yesMeansProtected() ? answer.answer() : mirrored(answer.answer());
    List<ItemJudgment> judged =
        link.contractItemIds().stream().filter(byItem::containsKey).map(byItem::get).toList();
    if (judged.isEmpty()) {
      return List.of();
    }
    List<Contradiction> found = new ArrayList<>();
    for (ItemJudgment j : judged) {
      rules
          .ruleFor(value, j.outcome(), RuleScope.EACH_ITEM)
          .ifPresent(
              r -> found.add(contradiction(answer, link, r, List.of(ContractPosition.of(j)))));
    }
    if (!found.isEmpty()) {
      return found;
    }
    Outcome best =
        judged.stream()
            .map(ItemJudgment::outcome)
            .min(Comparator.comparingInt(BEST_FIRST::indexOf))
            .orElseThrow();
    // The contract side of a best-item finding is every linked term with that outcome: for
    // "not evidenced" that is every term checked, so the reader sees where Shinsa looked.
    List<ContractPosition> positions =
        judged.stream().filter(j -> j.outcome() == best).map(ContractPosition::of).toList();
    return rules
        .ruleFor(value, best, RuleScope.BEST_ITEM)
        .map(r -> List.of(contradiction(answer, link, r, positions)))
        .orElse(List.of());
  }

  private static Contradiction contradiction(
      AnsweredItem answer,
      CrosscheckLink link,
      CrosscheckRule rule,
      List<ContractPosition> positions) {
    return new Contradiction(
        answer.questionNumber(),
        answer.itemId(),
        answer.answer(),
        answer.explanation(),
        answer.evidenceFiles(),
        positions,
        rule.kind(),
        rule.severity(),
        rule.id(),
        link.topic(),
        rule.explanation());
  }

  private static AnswerValue mirrored(AnswerValue value) {
    return switch (value) {
      case YES -> AnswerValue.NO;
      case NO -> AnswerValue.YES;
      default -> value;
    };
  }
}
