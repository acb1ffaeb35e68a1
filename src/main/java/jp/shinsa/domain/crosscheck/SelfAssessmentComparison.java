package jp.shinsa.domain.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.crosscheck.OutcomeDifference.Direction;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;

/**
 * Compares the outcomes a supplier's submission package claims with the portal's own judgment of
 * the enclosed terms. The buyer never takes the supplier's outcomes on trust; this shows where
 * trusting them would have misled.
 */
public final class SelfAssessmentComparison {

  // Best first; MISSING ranks above UNFAVOURABLE because silence at least does not work against
  // the buyer.
  private static final List<Outcome> BEST_FIRST =
      List.of(Outcome.SATISFIED, Outcome.PARTIAL, Outcome.MISSING, Outcome.UNFAVOURABLE);

  private SelfAssessmentComparison() {}

  /** Differences, claimed-better first, then in the portal's item order. */
  public static List<OutcomeDifference> compare(
      List<ItemJudgment> claimed, List<ItemJudgment> judged) {
    Map<String, ItemJudgment> claims = new LinkedHashMap<>();
    claimed.forEach(c -> claims.put(c.itemId(), c));
    List<OutcomeDifference> differences = new ArrayList<>();
    for (ItemJudgment j : judged) {
      ItemJudgment c = claims.remove(j.itemId());
      if (c == null) {
        differences.add(new OutcomeDifference(j.itemId(), null, j, Direction.NOT_CLAIMED));
      } else if (c.outcome() != j.outcome()) {
        differences.add(
            new OutcomeDifference(j.itemId(), c, j, direction(c.outcome(), j.outcome())));
      }
    }
    claims
        .values()
        .forEach(
            c -> differences.add(new OutcomeDifference(c.itemId(), c, null, Direction.NOT_JUDGED)));
    List<OutcomeDifference> sorted = new ArrayList<>(differences);
    sorted.sort(Comparator.comparing(OutcomeDifference::direction));
    return sorted;
  }

  private static Direction direction(Outcome claimed, Outcome judged) {
    if (claimed == Outcome.NOT_APPLICABLE || judged == Outcome.NOT_APPLICABLE) {
      return Direction.APPLICABILITY_DIFFERS;
    }
    return BEST_FIRST.indexOf(claimed) < BEST_FIRST.indexOf(judged)
        ? Direction.CLAIMED_BETTER
        : Direction.CLAIMED_WORSE;
  }
}
