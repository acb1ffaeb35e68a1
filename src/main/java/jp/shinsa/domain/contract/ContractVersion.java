package jp.shinsa.domain.contract;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * One uploaded file of a contract (version 1, 2, …) with its analysis state. The original bytes are
 * kept with their SHA-256 so that anyone can prove which file a finding was about.
 */
@Entity
@Table(name = "contract_version")
public class ContractVersion {

  @Id
  @SequenceGenerator(
      name = "contract_version_seq",
      sequenceName = "contract_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_version_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "contract_id", nullable = false)
  private Contract contract;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "file_name", nullable = false, length = 300)
  private String fileName;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  // Lazy: lists and status polls must not drag megabytes of PDF out of the database.
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProcessingStatus status;

  /**
   * Findings of this version the engine judged a gap; kept so the dashboard need not count them.
   */
  @Column(name = "gap_count")
  private Integer gapCount;

  @Column(nullable = false)
  private int progress;

  @Column(name = "status_message", length = 1000)
  private String statusMessage;

  @Column(name = "error_code", length = 40)
  private String errorCode;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "lease_owner", length = 100)
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "page_count")
  private Integer pageCount;

  @Column(length = 8)
  private String language;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "parties_json")
  private String partiesJson;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "warnings_json")
  private String warningsJson;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "layout_json")
  private String layoutJson;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "full_text")
  private String fullText;

  @Enumerated(EnumType.STRING)
  @Column(name = "suggested_model", length = 4)
  private ProcurementModel suggestedModel;

  @Column(name = "model_signals", length = 2000)
  private String modelSignals;

  @Column(name = "catalogue_version", length = 64)
  private String catalogueVersion;

  @Column(name = "processed_at")
  private Instant processedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected ContractVersion() {}

  public ContractVersion(
      Contract contract,
      int versionNo,
      String fileName,
      byte[] content,
      String sha256,
      Instant now,
      String uploadedBy) {
    this.contract = Objects.requireNonNull(contract);
    this.versionNo = versionNo;
    this.fileName = fileName;
    this.content = content;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.uploadedAt = now;
    this.uploadedBy = uploadedBy;
    this.status = ProcessingStatus.QUEUED;
  }

  /** Records the outcome of a successful analysis. */
  public void recordAnalysis(
      int pageCount,
      String language,
      String partiesJson,
      String warningsJson,
      String layoutJson,
      String fullText,
      ProcurementModel suggestedModel,
      String modelSignals,
      String catalogueVersion,
      int gapCount,
      Instant now) {
    this.pageCount = pageCount;
    this.gapCount = gapCount;
    this.language = language;
    this.partiesJson = partiesJson;
    this.warningsJson = warningsJson;
    this.layoutJson = layoutJson;
    this.fullText = fullText;
    this.suggestedModel = suggestedModel;
    this.modelSignals = modelSignals;
    this.catalogueVersion = catalogueVersion;
    this.processedAt = now;
    this.status = ProcessingStatus.ANALYSED;
    this.progress = 100;
    this.statusMessage = null;
    this.errorCode = null;
    releaseLease();
  }

  /** Gaps the engine found in this version (null before it was analysed). */
  public Integer getGapCount() {
    return gapCount;
  }

  public void fail(String errorCode, String message, Instant now) {
    this.status = ProcessingStatus.FAILED;
    this.errorCode = errorCode;
    this.statusMessage = message;
    this.processedAt = now;
    releaseLease();
  }

  /** Puts the version back in the queue, e.g. to re-judge it under a newer catalogue. */
  public void requeue() {
    this.status = ProcessingStatus.QUEUED;
    this.progress = 0;
    this.attempts = 0;
    this.errorCode = null;
    this.statusMessage = null;
    releaseLease();
  }

  public void reportProgress(int percent, String message) {
    this.progress = Math.max(0, Math.min(100, percent));
    this.statusMessage = message;
  }

  private void releaseLease() {
    this.leaseOwner = null;
    this.leaseUntil = null;
  }

  public Long getId() {
    return id;
  }

  public Contract getContract() {
    return contract;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public ProcessingStatus getStatus() {
    return status;
  }

  public int getProgress() {
    return progress;
  }

  public String getStatusMessage() {
    return statusMessage;
  }

  public String getErrorCode() {
    return errorCode;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLeaseOwner() {
    return leaseOwner;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public Integer getPageCount() {
    return pageCount;
  }

  public String getLanguage() {
    return language;
  }

  public String getPartiesJson() {
    return partiesJson;
  }

  public String getWarningsJson() {
    return warningsJson;
  }

  public String getLayoutJson() {
    return layoutJson;
  }

  public String getFullText() {
    return fullText;
  }

  public ProcurementModel getSuggestedModel() {
    return suggestedModel;
  }

  public String getModelSignals() {
    return modelSignals;
  }

  public String getCatalogueVersion() {
    return catalogueVersion;
  }

  public Instant getProcessedAt() {
    return processedAt;
  }

  /**
   * The row's optimistic-lock counter. Every analysis that replaces the version's findings updates
   * the row in the same transaction, so a cache of what was read from the findings can key on it.
   */
  public long getLockVersion() {
    return lockVersion;
  }
}
