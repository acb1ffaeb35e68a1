package jp.shinsa.domain.review;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.shinsa.domain.judgment.Outcome;

/**
 * Which review speaks for a finding. Only the most recent review of the item counts: a later
 * decision supersedes earlier ones, and when it has lapsed (its clause changed) the finding stands
 * as the engine judged it until an officer looks again, even if an older review happens to match.
 */
public final class Reviews {

  private Reviews() {}

  /**
   * The review that applies to the current finding of {@code itemId}, if any.
   *
   * @param reviews the contract's reviews (any items, any order)
   * @param currentClause fingerprint of the current finding's evidence clause
   * @param currentEngineOutcome what the engine now says
   */
  public static Optional<Review> applicable(
      List<Review> reviews,
      String itemId,
      ClauseFingerprint currentClause,
      Outcome currentEngineOutcome) {
    return reviews.stream()
        .filter(r -> r.getItemId().equals(itemId))
        .max(
            Comparator.comparing(Review::getReviewedAt)
                .thenComparing(r -> r.getId() == null ? 0L : r.getId()))
        .filter(r -> r.stillApplies(currentClause, currentEngineOutcome));
  }

  /** The outcome to show and act on: the applicable review's, else the engine's. */
  public static Outcome effectiveOutcome(
      List<Review> reviews,
      String itemId,
      ClauseFingerprint currentClause,
      Outcome currentEngineOutcome) {
    return applicable(reviews, itemId, currentClause, currentEngineOutcome)
        .map(r -> r.effectiveOutcome(currentEngineOutcome))
        .orElse(currentEngineOutcome);
  }
}
