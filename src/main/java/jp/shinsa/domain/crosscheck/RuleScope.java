package jp.shinsa.domain.crosscheck;

/** Which linked contract items a cross-check rule is tested against. */
public enum RuleScope {
  /**
   * Every linked item on its own: one term working against the buyer contradicts the answer even if
   * another term supports it.
   */
  EACH_ITEM,
  /**
   * The best-judged linked item only: an answer is evidenced if any linked term supports it, so
   * "not evidenced" must mean that none does.
   */
  BEST_ITEM
}
