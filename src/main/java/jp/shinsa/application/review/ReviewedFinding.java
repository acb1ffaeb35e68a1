package jp.shinsa.application.review;

import java.util.List;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.review.Review;

/**
 * One checklist item of a judged version as an officer sees it.
 *
 * @param item the checklist item (null when the catalogue no longer has it)
 * @param groupCode the catalogue group (heading) the item sits under
 * @param groupTitle that heading, ja/en
 * @param judgment the engine's stored judgment
 * @param effectiveOutcome the outcome that counts: the applicable review's, else the engine's
 * @param review the review that applies to this finding, or null
 * @param remediation the contract's remediation item for this checklist item, or null
 */
public record ReviewedFinding(
    ChecklistItem item,
    String groupCode,
    LocalizedText groupTitle,
    ItemJudgment judgment,
    Outcome effectiveOutcome,
    Review review,
    RemediationItem remediation) {

  public String itemId() {
    return judgment.itemId();
  }

  public Outcome engineOutcome() {
    return judgment.outcome();
  }

  public Severity severity() {
    return judgment.severity();
  }

  public List<Evidence> evidence() {
    return judgment.evidence();
  }

  public boolean overridden() {
    return review != null && review.isOverride();
  }

  public boolean isGap() {
    return effectiveOutcome == Outcome.MISSING
        || effectiveOutcome == Outcome.PARTIAL
        || effectiveOutcome == Outcome.UNFAVOURABLE;
  }
}
