package jp.shinsa.application.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.remediation.Priority;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationProposal;
import jp.shinsa.domain.remediation.RemediationState;
import org.junit.jupiter.api.Test;

class RemediationDashboardTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  private static RemediationItem openedAt(Instant t) {
    return RemediationItem.open(
        new RemediationProposal(
            1L,
            2L,
            10L,
            100L,
            "AUD-02",
            Outcome.MISSING,
            new LocalizedText("資料提出の定めがない。", "No duty to provide documents."),
            null,
            null,
            Priority.HIGH,
            true),
        "system",
        t);
  }

  @Test
  void theTrendRebuildsAnItemsStateAtAnyMomentFromItsHistory() {
    RemediationItem item = openedAt(T0);
    item.sendToVendor("officer", T0.plusSeconds(3600), "please fix");
    item.markFixedInVersion(2, "system", T0.plusSeconds(7200));

    assertNull(
        RemediationDashboard.stateAt(item, T0.minusSeconds(1)), "not there before it opened");
    assertEquals(RemediationState.OPEN, RemediationDashboard.stateAt(item, T0));
    assertEquals(
        RemediationState.SENT_TO_VENDOR, RemediationDashboard.stateAt(item, T0.plusSeconds(5000)));
    assertEquals(
        RemediationState.FIXED_IN_VERSION,
        RemediationDashboard.stateAt(item, T0.plusSeconds(86_400)));
  }
}
