package jp.shinsa.domain.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistItemTest {

  private static ChecklistItem itemWithPriority(int priority, Map<ProcurementModel, Severity> sev) {
    return new ChecklistItem(
        "X-01",
        ItemSource.METI,
        "X",
        new LocalizedText("題", "T"),
        new LocalizedText("問", "Q"),
        Map.of(ProcurementModel.M1, Applicability.PARTIAL, ProcurementModel.M2, Applicability.CORE),
        priority,
        sev,
        Confirmation.RECONSTRUCTED,
        null);
  }

  @Test
  void aModelMissingFromTheApplicabilityMapIsNotApplicable() {
    ChecklistItem item = itemWithPriority(1, Map.of());

    assertTrue(item.appliesTo(ProcurementModel.M1));
    assertFalse(item.appliesTo(ProcurementModel.M3));
    assertEquals(Applicability.NONE, item.applicabilityFor(ProcurementModel.M3));
  }

  @Test
  void severityFallsBackToThePriorityWhenTheModelHasNone() {
    assertEquals(Severity.HIGH, itemWithPriority(1, Map.of()).severityFor(ProcurementModel.M2));
    assertEquals(Severity.MEDIUM, itemWithPriority(2, Map.of()).severityFor(ProcurementModel.M2));
    assertEquals(
        Severity.LOW,
        itemWithPriority(1, Map.of(ProcurementModel.M1, Severity.LOW))
            .severityFor(ProcurementModel.M1));
  }

  @Test
  void theOlderConstructorLeavesEvidenceEmptyAndNoReferenceSection() {
    ChecklistItem item = itemWithPriority(1, Map.of());

    assertTrue(item.evidenceKinds().isEmpty());
    assertNull(item.referenceSection());
  }
}
