package jp.shinsa.domain.judgment;

/**
 * A stance rule's verdict on one sentence for one item, before aggregation.
 *
 * @param sentence the analysed sentence
 * @param effect the verdict after adjustments
 * @param rule the rule that decided the verdict (an adjustment rule when one applied)
 * @param specific whether an item-specific rule (not the generic table) matched
 * @param onTopic whether the item's topic cue is in the sentence itself (not only in its heading)
 * @param topicHits how many of the item's topic cues the sentence and its heading match: among
 *     equally ranked findings the more specific clause is cited
 */
public record Finding(
    AnalysedSentence sentence,
    RuleEffect effect,
    StanceRule rule,
    boolean specific,
    boolean onTopic,
    int topicHits) {

  public Finding withTopicHits(int hits) {
    return new Finding(sentence, effect, rule, specific, onTopic, hits);
  }

  /**
   * The same sentence judged anew by an aggregation adjustment (a protection lacking an element, a
   * bounded vendor right): it keeps its specificity, topic and topic hits, so it is cited as
   * before.
   */
  public Finding adjusted(RuleEffect newEffect, StanceRule adjustment) {
    return new Finding(sentence, newEffect, adjustment, specific, onTopic, topicHits);
  }

  /**
   * Aggregation precedence, lower is more decisive. A named trap wins over everything (it marks a
   * vendor right hidden in harmless wording); an item-specific UNFAVOURABLE beats an item-specific
   * SATISFIED (a vendor right elsewhere is not cured by a protection in another clause); a specific
   * protective clause beats a generic UNFAVOURABLE, and a generic UNFAVOURABLE beats a generic
   * SATISFIED; PARTIAL findings only decide when nothing firmer exists.
   */
  public int rank() {
    if (rule.trap() && effect == RuleEffect.UNFAVOURABLE) {
      return 0;
    }
    return switch (effect) {
      case UNFAVOURABLE -> specific ? 1 : 3;
      case SATISFIED -> specific ? 2 : 4;
      case PARTIAL -> specific ? 5 : 6;
      case NOT_EVIDENCE -> 9;
    };
  }
}
