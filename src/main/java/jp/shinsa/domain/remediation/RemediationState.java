package jp.shinsa.domain.remediation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a remediation item stands. The allowed moves are part of the state itself so that the rule
 * can be read in one place; {@link RemediationItem} refuses anything not listed here.
 */
public enum RemediationState {
  /** Proposed (automatically or by an officer), nothing sent yet. */
  OPEN,
  /** The officer asked the vendor to change the contract. */
  SENT_TO_VENDOR,
  /** The vendor replied with wording. */
  VENDOR_PROPOSED,
  /** Buyer and vendor agreed on wording; it still has to appear in a contract version. */
  AGREED,
  /** A new version judged the item SATISFIED; an officer has to verify it. */
  FIXED_IN_VERSION,
  /** An officer verified the fix. Closed. */
  VERIFIED,
  /** The gap is accepted with a justification and an approver. Closed. */
  WAIVED,
  /** A closed or fixed item that needs work again (by hand or because the gap came back). */
  REOPENED;

  /** States from which the item is still being worked on (a fix is still expected). */
  private static final Set<RemediationState> IN_PROGRESS =
      EnumSet.of(OPEN, SENT_TO_VENDOR, VENDOR_PROPOSED, AGREED, REOPENED);

  /** Whether moving from this state to {@code target} is allowed. */
  public boolean canMoveTo(RemediationState target) {
    return switch (target) {
      case OPEN -> false; // only ever the initial state
      case SENT_TO_VENDOR -> this == OPEN || this == REOPENED || this == VENDOR_PROPOSED;
      case VENDOR_PROPOSED -> this == SENT_TO_VENDOR;
      case AGREED -> this == VENDOR_PROPOSED;
      case FIXED_IN_VERSION -> IN_PROGRESS.contains(this);
      case VERIFIED -> this == AGREED || this == FIXED_IN_VERSION;
      case WAIVED -> IN_PROGRESS.contains(this);
      case REOPENED -> this == VERIFIED || this == WAIVED || this == FIXED_IN_VERSION;
    };
  }

  /** The states that may follow this one, for showing the officer the available actions. */
  public Set<RemediationState> next() {
    Set<RemediationState> result = EnumSet.noneOf(RemediationState.class);
    for (RemediationState s : values()) {
      if (canMoveTo(s)) {
        result.add(s);
      }
    }
    return result;
  }

  /** Closed items need no further work (until reopened). */
  public boolean isClosed() {
    return this == VERIFIED || this == WAIVED;
  }

  /** Still waiting for a fix: counts as an open gap on the dashboard. */
  public boolean isInProgress() {
    return IN_PROGRESS.contains(this);
  }
}
