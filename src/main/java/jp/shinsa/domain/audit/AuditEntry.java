package jp.shinsa.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One entry of the audit trail. The sequence number is the primary key and is assigned as the
 * previous entry's plus one, so two writers that both read the same head cannot both commit: the
 * loser gets a key violation and appends again behind the winner, and the chain stays linear. No
 * column is updatable.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  @Id
  @Column(name = "seq_no", nullable = false, updatable = false)
  private long sequenceNumber;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(length = 64, updatable = false)
  private String organisation;

  @Column(name = "action_code", nullable = false, updatable = false, length = 64)
  private String action;

  @Column(name = "subject_type", nullable = false, updatable = false, length = 64)
  private String subjectType;

  @Column(name = "subject_id", length = 128, updatable = false)
  private String subjectId;

  @Lob
  @Column(name = "details", updatable = false)
  private String detailsJson;

  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  private String previousHash;

  @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
  private String hash;

  protected AuditEntry() {}

  /** Builds an entry as it was stored, hash included; used when reading a trail back. */
  AuditEntry(
      long sequenceNumber,
      Instant at,
      String actor,
      String organisation,
      String action,
      String subjectType,
      String subjectId,
      String detailsJson,
      String previousHash,
      String hash) {
    this.sequenceNumber = sequenceNumber;
    this.at = at;
    this.actor = actor;
    this.organisation = organisation;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detailsJson = detailsJson;
    this.previousHash = previousHash;
    this.hash = hash;
  }

  /**
   * The entry that records {@code event} after {@code previous} (null for the first entry of the
   * trail). The time is cut to milliseconds because that is what every supported database stores
   * exactly; a finer time would not survive the round trip and the hash would no longer match.
   */
  public static AuditEntry append(AuditEntry previous, AuditEvent event) {
    long seq = previous == null ? 1 : previous.sequenceNumber + 1;
    String prevHash = previous == null ? GENESIS : previous.hash;
    Instant at = event.at().truncatedTo(ChronoUnit.MILLIS);
    AuditEntry entry =
        new AuditEntry(
            seq,
            at,
            event.actor(),
            event.organisation(),
            event.action(),
            event.subjectType(),
            event.subjectId(),
            event.detailsJson(),
            prevHash,
            null);
    entry.hash = entry.computeHash();
    return entry;
  }

  /**
   * SHA-256 over the canonical form of every field except the hash itself. Each field is written as
   * name, length and value so that no two different entries share a canonical form (moving text
   * from one field into the next changes the lengths); null is distinct from empty.
   */
  public String computeHash() {
    StringBuilder canonical = new StringBuilder("shinsa-audit-v1\n");
    field(canonical, "seq", Long.toString(sequenceNumber));
    field(canonical, "at", at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at));
    field(canonical, "actor", actor);
    field(canonical, "organisation", organisation);
    field(canonical, "action", action);
    field(canonical, "subjectType", subjectType);
    field(canonical, "subjectId", subjectId);
    field(canonical, "details", detailsJson);
    field(canonical, "previousHash", previousHash);
    return sha256(canonical.toString());
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append(name).append('=');
    if (value == null) {
      sb.append('-');
    } else {
      sb.append(value.length()).append(':').append(value);
    }
    sb.append('\n');
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  public long getSequenceNumber() {
    return sequenceNumber;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetailsJson() {
    return detailsJson;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }

  @Override
  public String toString() {
    return "AuditEntry#"
        + sequenceNumber
        + "["
        + action
        + " "
        + subjectType
        + " "
        + subjectId
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditEntry other
        && sequenceNumber == other.sequenceNumber
        && Objects.equals(hash, other.hash);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sequenceNumber);
  }
}
