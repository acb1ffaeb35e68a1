package jp.shinsa.domain.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;

/**
 * The stored judgment of one checklist item for one contract version, with the catalogue version it
 * was judged under. Evidence is kept as JSON (clause as printed, path, page, quote) because it is
 * only ever read whole.
 */
@Entity
@Table(name = "finding")
public class Finding {

  @Id
  @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
  private Long id;

  @Column(name = "contract_version_id", nullable = false)
  private long contractVersionId;

  @Column(name = "item_id", nullable = false, length = 40)
  private String itemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Outcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Severity severity;

  @Column(name = "rule_id", length = 100)
  private String ruleId;

  @Column(name = "reason_en", length = 2000)
  private String reasonEn;

  @Column(name = "reason_ja", length = 2000)
  private String reasonJa;

  @Column(name = "evidence_json")
  private String evidenceJson;

  @Column(name = "catalogue_version", nullable = false, length = 64)
  private String catalogueVersion;

  protected Finding() {}

  public Finding(
      long contractVersionId, ItemJudgment judgment, String evidenceJson, String catalogueVersion) {
    this.contractVersionId = contractVersionId;
    this.itemId = judgment.itemId();
    this.outcome = judgment.outcome();
    this.severity = judgment.severity();
    this.ruleId = cut(judgment.rule(), 100);
    this.reasonEn = cut(judgment.reason(), 2000);
    this.reasonJa = cut(judgment.reasonJa(), 2000);
    this.evidenceJson = evidenceJson;
    this.catalogueVersion = catalogueVersion;
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** A gap is anything short of SATISFIED that an officer has not ruled out. */
  public boolean isGap() {
    return outcome == Outcome.MISSING
        || outcome == Outcome.PARTIAL
        || outcome == Outcome.UNFAVOURABLE;
  }

  public Long getId() {
    return id;
  }

  public long getContractVersionId() {
    return contractVersionId;
  }

  public String getItemId() {
    return itemId;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Severity getSeverity() {
    return severity;
  }

  public String getRuleId() {
    return ruleId;
  }

  public String getReasonEn() {
    return reasonEn;
  }

  public String getReasonJa() {
    return reasonJa;
  }

  public String getEvidenceJson() {
    return evidenceJson;
  }

  public String getCatalogueVersion() {
    return catalogueVersion;
  }
}
