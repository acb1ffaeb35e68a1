package jp.shinsa.infrastructure.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import jp.shinsa.domain.remediation.RemediationPolicy;
import org.junit.jupiter.api.Test;

class RemediationPolicyReaderTest {

  @Test
  void theBundledPolicyCoversAuditRightsPi04AndInputDataHandling() {
    RemediationPolicy policy = RemediationPolicyReader.bundled();
    assertEquals(List.of("AUD-", "IN-USE-", "IN-EXT-", "IN-PRC-"), policy.itemPrefixes());
    assertEquals(Set.of("PI-04"), policy.itemIds());
  }

  @Test
  void aPolicyThatCoversNothingIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RemediationPolicyReader.read(json("{\"autoPropose\":{\"itemPrefixes\":[]}}")));
    assertTrue(e.getMessage().contains("names no itemPrefixes"), e.getMessage());
  }

  @Test
  void malformedEntriesAreReportedWithTheirPlace() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RemediationPolicyReader.read(
                    json("{\"autoPropose\":{\"itemPrefixes\":[\"AUD-\", 3]}}")));
    assertTrue(e.getMessage().contains("itemPrefixes[1]"), e.getMessage());
  }

  private static ByteArrayInputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
