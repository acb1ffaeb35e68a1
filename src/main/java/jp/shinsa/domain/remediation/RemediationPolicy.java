package jp.shinsa.domain.remediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;

/**
 * Decides, without any side effects of its own, which findings open remediation items by themselves
 * and what a newly judged contract version does to existing items. Which items are covered is data
 * ({@code contracts-templates/remediation-policy.json}); the outcomes that count as a gap and the
 * reactions to a new version are the workflow's rules and live here.
 *
 * <p>The outcome passed in should be the effective one (after an officer's override), so that an
 * officer's correction also steers remediation.
 */
public final class RemediationPolicy {

  /** Outcomes that mean the buyer is not (fully) protected. */
  public static final Set<Outcome> GAPS =
      EnumSet.of(Outcome.MISSING, Outcome.PARTIAL, Outcome.UNFAVOURABLE);

  private final List<String> itemPrefixes;
  private final Set<String> itemIds;

  /**
   * @param itemPrefixes item ID prefixes covered (e.g. "AUD-")
   * @param itemIds single item IDs covered (e.g. "PI-04")
   */
  public RemediationPolicy(List<String> itemPrefixes, Set<String> itemIds) {
    this.itemPrefixes = List.copyOf(itemPrefixes);
    this.itemIds = Set.copyOf(itemIds);
    if (this.itemPrefixes.stream().anyMatch(p -> p == null || p.isBlank())) {
      throw new IllegalArgumentException("an item prefix must not be blank");
    }
  }

  /** Whether the checklist item is one whose gaps are always worked on. */
  public boolean covers(String itemId) {
    return itemIds.contains(itemId) || itemPrefixes.stream().anyMatch(itemId::startsWith);
  }

  public static boolean isGap(Outcome outcome) {
    return GAPS.contains(outcome);
  }

  /** Whether a finding proposes a remediation item without anyone asking. */
  public boolean proposesAutomatically(String itemId, Outcome outcome) {
    return isGap(outcome) && covers(itemId);
  }

  /**
   * The findings of a judgment that should get a new item: covered gaps whose checklist item has no
   * remediation item in this contract yet. An existing item, whatever its state, is handled by
   * {@link #applyNewVersion} instead, so a gap is never tracked twice and a waiver is not undone by
   * re-judging.
   *
   * @param judgments the findings, with effective outcomes
   * @param existing the contract's existing remediation items
   */
  public List<ItemJudgment> toPropose(
      List<ItemJudgment> judgments, List<RemediationItem> existing) {
    List<ItemJudgment> result = new ArrayList<>();
    for (ItemJudgment judgment : judgments) {
      if (!proposesAutomatically(judgment.itemId(), judgment.outcome())) {
        continue;
      }
      boolean tracked = existing.stream().anyMatch(i -> i.getItemId().equals(judgment.itemId()));
      if (!tracked) {
        result.add(judgment);
      }
    }
    return result;
  }

  /** What a new version's outcome does to an existing item. */
  public enum Reaction {
    /** The item is not affected. */
    NONE,
    /** The new version satisfies the item: "fixed in version N — verify". */
    MARK_FIXED,
    /** The gap is back in an item that was fixed or verified. */
    REOPEN
  }

  /**
   * The reaction to a newly judged version: an item still waiting for a fix becomes fixed when the
   * version satisfies it; an item that was fixed or verified reopens when the version shows the gap
   * again. A waived item stays waived (the gap was accepted), and NOT_APPLICABLE changes nothing.
   */
  public Reaction reactionTo(RemediationState state, Outcome newOutcome) {
    Objects.requireNonNull(state, "state");
    if (newOutcome == Outcome.SATISFIED && state.isInProgress()) {
      return Reaction.MARK_FIXED;
    }
    if (isGap(newOutcome)
        && (state == RemediationState.FIXED_IN_VERSION || state == RemediationState.VERIFIED)) {
      return Reaction.REOPEN;
    }
    return Reaction.NONE;
  }

  /**
   * Applies {@link #reactionTo} to the item.
   *
   * @return the reaction applied
   */
  public Reaction applyNewVersion(
      RemediationItem item, Outcome newOutcome, int versionNumber, String actor, Instant now) {
    Reaction reaction = reactionTo(item.getState(), newOutcome);
    switch (reaction) {
      case MARK_FIXED -> item.markFixedInVersion(versionNumber, actor, now);
      case REOPEN -> item.reopenOnRegression(versionNumber, newOutcome, actor, now);
      case NONE -> {}
    }
    return reaction;
  }

  /** The outcome of one item in a list of findings, if the list has it. */
  public static Optional<Outcome> outcomeOf(String itemId, List<ItemJudgment> judgments) {
    return judgments.stream()
        .filter(j -> j.itemId().equals(itemId))
        .map(ItemJudgment::outcome)
        .findFirst();
  }

  public List<String> itemPrefixes() {
    return itemPrefixes;
  }

  public Set<String> itemIds() {
    return itemIds;
  }
}
