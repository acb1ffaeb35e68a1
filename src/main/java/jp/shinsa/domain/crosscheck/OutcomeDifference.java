package jp.shinsa.domain.crosscheck;

import jp.shinsa.domain.judgment.ItemJudgment;

/**
 * One item on which a supplier's self-assessment and the portal's own judgment of the same terms
 * disagree.
 *
 * @param itemId checklist item
 * @param claimed the supplier's judgment, or null if the supplier did not assess the item
 * @param judged the portal's judgment, or null if the portal did not judge the item
 * @param direction which way they differ
 */
public record OutcomeDifference(
    String itemId, ItemJudgment claimed, ItemJudgment judged, Direction direction) {

  /** Which way the supplier's claim departs from the portal's judgment. */
  public enum Direction {
    /** The supplier claims a better outcome than the portal finds: the case to look at. */
    CLAIMED_BETTER,
    /** The supplier is stricter with itself than the portal. */
    CLAIMED_WORSE,
    /** One side marks the item not applicable, the other judges it. */
    APPLICABILITY_DIFFERS,
    /** The supplier left out an item the portal judged. */
    NOT_CLAIMED,
    /** The supplier assessed an item the portal did not judge (another model or catalogue). */
    NOT_JUDGED
  }
}
