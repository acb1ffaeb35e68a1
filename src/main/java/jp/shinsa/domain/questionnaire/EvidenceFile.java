package jp.shinsa.domain.questionnaire;

import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.INVALID_EVIDENCE_PERIOD;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file a vendor attaches to an answer (an ISMAP registration, an audit report, a policy), with
 * the period it covers: an audit report for 2023 says little about 2026, so the officer must see
 * the period next to the file. The SHA-256 lets a buyer check later that the file is unchanged.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

  private static final int MAX_NAME_LENGTH = 255;

  @Id
  @SequenceGenerator(
      name = "evidence_file_seq",
      sequenceName = "evidence_file_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_file_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "answer_id", nullable = false)
  private Answer answer;

  @Column(name = "file_name", nullable = false, length = MAX_NAME_LENGTH)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @OneToOne(
      optional = false,
      fetch = FetchType.LAZY,
      cascade = CascadeType.ALL,
      orphanRemoval = true)
  @JoinColumn(name = "content_id", nullable = false, unique = true)
  private EvidenceContent content;

  protected EvidenceFile() {}

  private EvidenceFile(
      String fileName,
      EvidenceType type,
      byte[] bytes,
      LocalDate periodFrom,
      LocalDate periodTo,
      Instant now) {
    this.fileName = fileName;
    this.mediaType = type.mediaType();
    this.sizeBytes = bytes.length;
    this.sha256 = sha256Hex(bytes);
    this.periodFrom = periodFrom;
    this.periodTo = periodTo;
    this.uploadedAt = Objects.requireNonNull(now);
    this.content = new EvidenceContent(bytes);
  }

  /**
   * Creates an evidence file after checking it against the policy.
   *
   * @param fileName the name as uploaded; any directory part a browser sent is dropped
   * @param periodFrom first day the evidence covers, or null if it has no period
   * @param periodTo last day the evidence covers, or null if open-ended
   * @throws QuestionnaireRuleException EVIDENCE_TYPE_NOT_ALLOWED, EVIDENCE_TOO_LARGE or
   *     INVALID_EVIDENCE_PERIOD
   */
  public static EvidenceFile of(
      String fileName,
      byte[] bytes,
      LocalDate periodFrom,
      LocalDate periodTo,
      EvidencePolicy policy,
      Instant now) {
    String name = baseName(fileName);
    EvidenceType type = policy.check(name, bytes);
    if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
      throw new QuestionnaireRuleException(
          INVALID_EVIDENCE_PERIOD,
          "evidence period of '%s' ends (%s) before it starts (%s)"
              .formatted(name, periodTo, periodFrom));
    }
    return new EvidenceFile(name, type, bytes, periodFrom, periodTo, now);
  }

  static String baseName(String fileName) {
    String name = fileName == null ? "" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.isEmpty()) {
      name = "evidence";
    }
    if (name.length() > MAX_NAME_LENGTH) {
      String extension = EvidenceType.extension(name);
      name =
          extension.isEmpty() || extension.length() > 10
              ? name.substring(0, MAX_NAME_LENGTH)
              : name.substring(0, MAX_NAME_LENGTH - extension.length() - 1) + "." + extension;
    }
    return name;
  }

  static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  void attachTo(Answer answer) {
    this.answer = answer;
  }

  public Long getId() {
    return id;
  }

  public Answer getAnswer() {
    return answer;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public LocalDate getPeriodFrom() {
    return periodFrom;
  }

  public LocalDate getPeriodTo() {
    return periodTo;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  /** The file's bytes (loaded from their own table on first access). */
  public byte[] bytes() {
    return content.bytes();
  }
}
