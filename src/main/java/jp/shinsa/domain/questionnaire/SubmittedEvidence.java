package jp.shinsa.domain.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * An evidence file as it was attached when an answer was submitted: its name, period and SHA-256
 * stay in the exchange even after the vendor removes the file from the current answer. The id
 * points at the stored file while it still exists.
 */
@Embeddable
public class SubmittedEvidence {

  @Column(name = "evidence_id")
  private Long evidenceId;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "period_from")
  private LocalDate periodFrom;

  @Column(name = "period_to")
  private LocalDate periodTo;

  protected SubmittedEvidence() {}

  SubmittedEvidence(EvidenceFile f) {
    this.evidenceId = f.getId();
    this.fileName = f.getFileName();
    this.sha256 = f.getSha256();
    this.periodFrom = f.getPeriodFrom();
    this.periodTo = f.getPeriodTo();
  }

  public Long getEvidenceId() {
    return evidenceId;
  }

  public String getFileName() {
    return fileName;
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
}
