package jp.shinsa.domain.judgment;

/**
 * What a stance rule says about one sentence. {@link #NOT_EVIDENCE} lets a named trap rule state
 * that a sentence which looks on-topic does not address the item (e.g. "not disclosed" is not "not
 * used"), so it can neither satisfy nor hurt the item.
 */
public enum RuleEffect {
  SATISFIED,
  PARTIAL,
  UNFAVOURABLE,
  NOT_EVIDENCE;

  public Outcome outcome() {
    return switch (this) {
      case SATISFIED -> Outcome.SATISFIED;
      case PARTIAL -> Outcome.PARTIAL;
      case UNFAVOURABLE -> Outcome.UNFAVOURABLE;
      case NOT_EVIDENCE -> Outcome.MISSING;
    };
  }
}
