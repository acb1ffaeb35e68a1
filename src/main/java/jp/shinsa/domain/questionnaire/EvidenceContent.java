package jp.shinsa.domain.questionnaire;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The bytes of one evidence file, in their own table so that listing questionnaires and answers
 * never drags megabytes of PDF through the persistence context.
 */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

  @Id
  @SequenceGenerator(
      name = "evidence_content_seq",
      sequenceName = "evidence_content_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_content_seq")
  private Long id;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] bytes;

  protected EvidenceContent() {}

  EvidenceContent(byte[] bytes) {
    this.bytes = Objects.requireNonNull(bytes).clone();
  }

  public Long getId() {
    return id;
  }

  public byte[] bytes() {
    return bytes.clone();
  }
}
