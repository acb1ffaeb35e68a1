package jp.shinsa.domain.contract;

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
import jp.shinsa.domain.organisation.Organisation;

/**
 * A contract under review. It belongs to the organisation that filed it — a buyer agency reviewing
 * a vendor's contract, or a supplier self-assessing its own terms — and names the vendor company.
 * Each uploaded file is a {@link ContractVersion}; versions are never overwritten.
 */
@Entity
@Table(name = "contract")
public class Contract {

  @Id
  @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "owner_org_id", nullable = false)
  private Organisation owner;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "vendor_org_id", nullable = false)
  private Organisation vendor;

  @Column(nullable = false, length = 300)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "procurement_model", nullable = false, length = 4)
  private ProcurementModel procurementModel;

  @Column(name = "self_assessment", nullable = false)
  private boolean selfAssessment;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Version private long version;

  protected Contract() {}

  public Contract(
      Organisation owner,
      Organisation vendor,
      String title,
      ProcurementModel model,
      boolean selfAssessment,
      Instant now,
      String createdBy) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A contract needs a title");
    }
    if (vendor.isAgency()) {
      throw new IllegalArgumentException("The vendor must be a company, not an agency");
    }
    this.owner = Objects.requireNonNull(owner);
    this.vendor = vendor;
    this.title = title.strip();
    this.procurementModel = Objects.requireNonNull(model, "procurement model");
    this.selfAssessment = selfAssessment;
    this.createdAt = now;
    this.createdBy = createdBy;
  }

  /** Whether people of the given organisation may see this contract at all. */
  public boolean isVisibleTo(long organisationId) {
    return owner.getId() == organisationId || vendor.getId() == organisationId;
  }

  public void confirmModel(ProcurementModel model) {
    this.procurementModel = Objects.requireNonNull(model);
  }

  public Long getId() {
    return id;
  }

  public Organisation getOwner() {
    return owner;
  }

  public Organisation getVendor() {
    return vendor;
  }

  public String getTitle() {
    return title;
  }

  public ProcurementModel getProcurementModel() {
    return procurementModel;
  }

  public boolean isSelfAssessment() {
    return selfAssessment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public long getVersion() {
    return version;
  }
}
