package jp.shinsa.interfaces.rest;

import java.util.List;
import jp.shinsa.domain.remediation.RemediationComment;
import jp.shinsa.domain.remediation.RemediationHistoryEntry;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationState;

/** JSON shapes of the remediation API. */
public final class RemediationViews {

  private RemediationViews() {}

  public record HistoryView(
      int position, String at, String actor, String fromState, String toState, String note) {
    static HistoryView of(RemediationHistoryEntry h) {
      return new HistoryView(
          h.getPosition(),
          h.getAt().toString(),
          h.getActor(),
          h.getFromState() == null ? null : h.getFromState().name(),
          h.getToState().name(),
          h.getNote());
    }
  }

  public record CommentView(
      int position,
      String at,
      String author,
      String organisation,
      String text,
      String proposedWording) {
    static CommentView of(RemediationComment c) {
      return new CommentView(
          c.getPosition(),
          c.getAt().toString(),
          c.getAuthor(),
          c.getAuthorOrganisation(),
          c.getText(),
          c.getProposedWording());
    }
  }

  /**
   * One remediation item. {@code version} is the optimistic-lock version: send it back with every
   * change so that a change made by someone else in between is refused (409 CONCURRENT_CHANGE).
   */
  public record ItemView(
      long id,
      long contractId,
      Long contractVersionId,
      String itemId,
      String findingOutcome,
      String problemJa,
      String problemEn,
      String proposedClauseId,
      String proposedClauseJa,
      String proposedClauseEn,
      String owner,
      String vendorContact,
      String dueDate,
      String priority,
      String state,
      boolean automatic,
      Integer fixedInVersion,
      String waiverJustification,
      String waiverRequestedBy,
      String waiverApprover,
      String createdBy,
      String createdAt,
      String lastChangedBy,
      String lastChangedAt,
      long version,
      List<String> nextStates,
      List<HistoryView> history,
      List<CommentView> comments) {
    static ItemView of(RemediationItem i) {
      var clause = i.getProposedClauseText();
      return new ItemView(
          i.getId(),
          i.getContractId(),
          i.getContractVersionId(),
          i.getItemId(),
          i.getFindingOutcome().name(),
          i.getProblem().ja(),
          i.getProblem().en(),
          i.getProposedClauseId(),
          clause == null ? null : clause.ja(),
          clause == null ? null : clause.en(),
          i.getOwner(),
          i.getVendorContact(),
          i.getDueDate() == null ? null : i.getDueDate().toString(),
          i.getPriority().name(),
          i.getState().name(),
          i.isAutomatic(),
          i.getFixedInVersion(),
          i.getWaiverJustification(),
          i.getWaiverRequestedBy(),
          i.getWaiverApprover(),
          i.getCreatedBy(),
          i.getCreatedAt().toString(),
          i.getLastChangedBy(),
          i.getLastChangedAt().toString(),
          i.getVersion(),
          i.getState().next().stream().map(RemediationState::name).toList(),
          i.getHistory().stream().map(HistoryView::of).toList(),
          i.getComments().stream().map(CommentView::of).toList());
    }
  }
}
