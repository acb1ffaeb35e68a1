package jp.shinsa.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.shinsa.domain.audit.AuditChainBreak.Problem;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

  private static final Instant T0 = Instant.parse("2026-11-21T09:00:00.123456789Z");

  /** A trail of five entries as the application would write it. */
  private static List<AuditEntry> trail() {
    List<AuditEntry> entries = new ArrayList<>();
    AuditEntry previous = null;
    String[][] events = {
      {"officer1", "contract.uploaded", "contract", "10", "{\"version\":1}"},
      {"system", "finding.judged", "contract-version", "100", "{\"items\":95}"},
      {"officer1", "review.overridden", "finding", "100/IN-USE-02", "{\"to\":\"PARTIAL\"}"},
      {"officer1", "remediation.sent", "remediation-item", "7", null},
      {"officer2", "remediation.waived", "remediation-item", "8", "{\"approver\":\"chief\"}"}
    };
    for (int i = 0; i < events.length; i++) {
      String[] e = events[i];
      previous =
          AuditEntry.append(
              previous, new AuditEvent(T0.plusSeconds(i), e[0], "DA", e[1], e[2], e[3], e[4]));
      entries.add(previous);
    }
    return entries;
  }

  /** The same entry as read back from a row in which one column was edited. */
  private static AuditEntry withActor(AuditEntry e, String actor) {
    return new AuditEntry(
        e.getSequenceNumber(),
        e.getAt(),
        actor,
        e.getOrganisation(),
        e.getAction(),
        e.getSubjectType(),
        e.getSubjectId(),
        e.getDetailsJson(),
        e.getPreviousHash(),
        e.getHash());
  }

  private static AuditEntry withDetails(AuditEntry e, String details) {
    return new AuditEntry(
        e.getSequenceNumber(),
        e.getAt(),
        e.getActor(),
        e.getOrganisation(),
        e.getAction(),
        e.getSubjectType(),
        e.getSubjectId(),
        details,
        e.getPreviousHash(),
        e.getHash());
  }

  private static AuditEntry withSeq(AuditEntry e, long seq) {
    return new AuditEntry(
        seq,
        e.getAt(),
        e.getActor(),
        e.getOrganisation(),
        e.getAction(),
        e.getSubjectType(),
        e.getSubjectId(),
        e.getDetailsJson(),
        e.getPreviousHash(),
        e.getHash());
  }

  @Test
  void anUntouchedTrailVerifiesAndReportsItsHeadHash() {
    List<AuditEntry> entries = trail();
    AuditVerification result = AuditChainVerifier.verify(entries);
    assertTrue(result.intact());
    assertEquals(5, result.entriesChecked());
    assertEquals(entries.get(4).getHash(), result.headHash());
  }

  @Test
  void entriesAreNumberedFromOneAndEachLinksToTheHashOfTheOneBefore() {
    List<AuditEntry> entries = trail();
    assertEquals(1, entries.get(0).getSequenceNumber());
    assertEquals(AuditEntry.GENESIS, entries.get(0).getPreviousHash());
    assertEquals(entries.get(2).getHash(), entries.get(3).getPreviousHash());
    assertEquals(5, entries.get(4).getSequenceNumber());
    assertEquals(
        Instant.parse("2026-11-21T09:00:00.123Z"),
        entries.get(0).getAt(),
        "times are stored to the millisecond so that the hash survives the database round trip");
  }

  @Test
  void aTamperedFieldIsReportedAtTheEntryThatWasChangedAndNowhereElse() {
    List<AuditEntry> entries = trail();
    entries.set(2, withActor(entries.get(2), "someone-else"));

    AuditVerification result = AuditChainVerifier.verify(entries);

    AuditChainBreak at = result.firstBreak().orElseThrow();
    assertEquals(2, at.position());
    assertEquals(3, at.sequenceNumber());
    assertEquals(Problem.HASH_MISMATCH, at.problem());
    assertTrue(at.message().contains("entry 3 was changed"), at.message());
    assertEquals(2, result.entriesChecked());

    List<AuditEntry> rest = entries.subList(3, 5);
    assertTrue(
        AuditChainVerifier.verify(rest, 4, entries.get(2).getHash()).intact(),
        "the entries after the changed one still link to it as stored");
  }

  @Test
  void evenAChangeToTheDetailsJsonIsDetected() {
    List<AuditEntry> entries = trail();
    entries.set(4, withDetails(entries.get(4), "{\"approver\":\"officer2\"}"));
    AuditChainBreak at = AuditChainVerifier.verify(entries).firstBreak().orElseThrow();
    assertEquals(4, at.position());
    assertEquals(Problem.HASH_MISMATCH, at.problem());
  }

  @Test
  void aDeletedEntryIsReportedAtTheEntryThatFollowedIt() {
    List<AuditEntry> entries = trail();
    entries.remove(1);

    AuditChainBreak at = AuditChainVerifier.verify(entries).firstBreak().orElseThrow();

    assertEquals(1, at.position());
    assertEquals(3, at.sequenceNumber());
    assertEquals(Problem.SEQUENCE_GAP, at.problem());
    assertTrue(at.message().contains("expected entry 2"), at.message());
  }

  @Test
  void aDeletionHiddenByRenumberingIsReportedAsABrokenLink() {
    List<AuditEntry> entries = trail();
    entries.remove(1);
    for (int i = 1; i < entries.size(); i++) {
      entries.set(i, withSeq(entries.get(i), i + 1));
    }
    AuditChainBreak at = AuditChainVerifier.verify(entries).firstBreak().orElseThrow();
    assertEquals(1, at.position());
    assertEquals(Problem.BROKEN_LINK, at.problem());
  }

  @Test
  void theFirstEntryCannotBeDeletedUnnoticed() {
    List<AuditEntry> entries = trail();
    entries.remove(0);
    AuditChainBreak at = AuditChainVerifier.verify(entries).firstBreak().orElseThrow();
    assertEquals(0, at.position());
    assertEquals(Problem.SEQUENCE_GAP, at.problem());
  }

  @Test
  void reorderedEntriesAreReportedWhereTheOrderFirstGoesWrong() {
    List<AuditEntry> entries = trail();
    AuditEntry third = entries.get(2);
    entries.set(2, entries.get(3));
    entries.set(3, third);

    AuditChainBreak at = AuditChainVerifier.verify(entries).firstBreak().orElseThrow();

    assertEquals(2, at.position());
    assertEquals(4, at.sequenceNumber());
    assertEquals(Problem.SEQUENCE_GAP, at.problem());
  }

  @Test
  void swappingTheSequenceNumbersOfTwoRowsIsReportedAtTheFirstOfThem() {
    List<AuditEntry> entries = trail();
    AuditEntry third = entries.get(2);
    AuditEntry fourth = entries.get(3);
    // rows read back ORDER BY seq_no after the numbers were swapped in the database
    entries.set(2, withSeq(fourth, 3));
    entries.set(3, withSeq(third, 4));

    AuditChainBreak at = AuditChainVerifier.verify(entries).firstBreak().orElseThrow();
    assertEquals(2, at.position());
    assertEquals(Problem.BROKEN_LINK, at.problem());
  }

  @Test
  void movingTextBetweenFieldsChangesTheHash() {
    AuditEntry a =
        AuditEntry.append(null, new AuditEvent(T0, "ab", "DA", "x.y", "contract", "1", null));
    AuditEntry b =
        AuditEntry.append(null, new AuditEvent(T0, "a", "bDA", "x.y", "contract", "1", null));
    AuditEntry noDetails =
        AuditEntry.append(null, new AuditEvent(T0, "a", "DA", "x.y", "contract", "1", null));
    AuditEntry emptyDetails =
        AuditEntry.append(null, new AuditEvent(T0, "a", "DA", "x.y", "contract", "1", ""));
    assertNotEquals(a.getHash(), b.getHash());
    assertNotEquals(noDetails.getHash(), emptyDetails.getHash());
  }

  @Test
  void anEmptyTrailIsIntact() {
    AuditVerification result = AuditChainVerifier.verify(List.of());
    assertTrue(result.intact());
    assertEquals(AuditEntry.GENESIS, result.headHash());
  }
}
