package jp.shinsa.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import jp.shinsa.domain.judgment.Outcome;

/**
 * An officer's decision about the finding for one checklist item of one contract. Reviews are kept
 * per contract (not per version) because the point of an override is to outlive re-judging: the
 * version it was made on is recorded, and {@link #stillApplies} decides whether it still speaks for
 * the finding of a later judgment. A new review of the same item replaces the old one in the
 * application layer; reviews themselves are never edited, so the record shows who decided what.
 */
@Entity
@Table(name = "review")
public class Review {

  @Id
  @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
  private Long id;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private Long organisationId;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private Long contractId;

  @Column(name = "contract_version_id", nullable = false, updatable = false)
  private Long contractVersionId;

  @Column(name = "item_id", nullable = false, updatable = false, length = 32)
  private String itemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private ReviewDecision decision;

  @Enumerated(EnumType.STRING)
  @Column(name = "engine_outcome", nullable = false, updatable = false, length = 16)
  private Outcome engineOutcome;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_outcome", updatable = false, length = 16)
  private Outcome overrideOutcome;

  @Column(updatable = false, length = 2000)
  private String reason;

  @Column(name = "clause_fingerprint", nullable = false, updatable = false, length = 64)
  private String clauseFingerprint;

  @Column(name = "clause_path", updatable = false, length = 64)
  private String clausePath;

  @Column(nullable = false, updatable = false, length = 100)
  private String reviewer;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private Instant reviewedAt;

  @Version private long version;

  protected Review() {}

  private Review(
      FindingRef finding,
      ReviewDecision decision,
      Outcome overrideOutcome,
      String reason,
      String reviewer,
      Instant reviewedAt) {
    this.organisationId = Objects.requireNonNull(finding.organisationId(), "organisation");
    this.contractId = Objects.requireNonNull(finding.contractId(), "contract");
    this.contractVersionId = Objects.requireNonNull(finding.contractVersionId(), "version");
    this.itemId = Objects.requireNonNull(finding.itemId(), "item");
    this.engineOutcome = Objects.requireNonNull(finding.engineOutcome(), "engine outcome");
    this.clauseFingerprint = Objects.requireNonNull(finding.clause(), "clause").value();
    this.clausePath = finding.clausePath();
    this.decision = decision;
    this.overrideOutcome = overrideOutcome;
    this.reason = reason;
    this.reviewer = requireText(reviewer, "the reviewer");
    this.reviewedAt = Objects.requireNonNull(reviewedAt, "time");
  }

  /** The officer agrees with the engine. */
  public static Review confirm(FindingRef finding, String reviewer, Instant at) {
    return new Review(finding, ReviewDecision.CONFIRMED, null, null, reviewer, at);
  }

  /** The officer replaces the engine's outcome; the reason becomes part of the record. */
  public static Review override(
      FindingRef finding, Outcome outcome, String reason, String reviewer, Instant at) {
    if (outcome == null || outcome == Outcome.NOT_APPLICABLE) {
      throw new ReviewException(
          "An override needs one of SATISFIED, PARTIAL, MISSING or UNFAVOURABLE;"
              + " use 'not applicable' to take the item out of the review.");
    }
    if (outcome == finding.engineOutcome()) {
      throw new ReviewException(
          "The engine already judged "
              + finding.itemId()
              + " "
              + outcome
              + "; confirm the finding instead of overriding it.");
    }
    return new Review(
        finding,
        ReviewDecision.OVERRIDDEN,
        outcome,
        requireText(reason, "A reason for the override"),
        reviewer,
        at);
  }

  /** The officer takes the item out of this contract's review. */
  public static Review notApplicable(
      FindingRef finding, String reason, String reviewer, Instant at) {
    return new Review(
        finding,
        ReviewDecision.NOT_APPLICABLE,
        null,
        requireText(reason, "A reason why the item does not apply"),
        reviewer,
        at);
  }

  /**
   * Whether this review still speaks for a (re-)judged finding of the same item. An override or a
   * not-applicable mark holds for as long as the clause it was about is unchanged, whatever the
   * engine now says: that is what makes an officer's correction durable. A confirmation endorses
   * the engine's outcome on that clause, so it also lapses when the engine's outcome changes.
   *
   * @param currentClause fingerprint of the evidence clause of the new finding ({@link
   *     ClauseFingerprint#none()} when it has none)
   * @param currentEngineOutcome what the engine now says
   */
  public boolean stillApplies(ClauseFingerprint currentClause, Outcome currentEngineOutcome) {
    if (!clauseFingerprint.equals(currentClause.value())) {
      return false;
    }
    return decision != ReviewDecision.CONFIRMED || engineOutcome == currentEngineOutcome;
  }

  /**
   * The outcome to show and act on for a finding this review applies to: the officer's where the
   * officer overrode, NOT_APPLICABLE where marked so, else the engine's.
   */
  public Outcome effectiveOutcome(Outcome currentEngineOutcome) {
    return switch (decision) {
      case CONFIRMED -> currentEngineOutcome;
      case OVERRIDDEN -> overrideOutcome;
      case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
    };
  }

  public boolean isOverride() {
    return decision == ReviewDecision.OVERRIDDEN;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new ReviewException(what + " is required.");
    }
    return value.strip();
  }

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public Long getContractId() {
    return contractId;
  }

  public Long getContractVersionId() {
    return contractVersionId;
  }

  public String getItemId() {
    return itemId;
  }

  public ReviewDecision getDecision() {
    return decision;
  }

  public Outcome getEngineOutcome() {
    return engineOutcome;
  }

  public Outcome getOverrideOutcome() {
    return overrideOutcome;
  }

  public String getReason() {
    return reason;
  }

  public ClauseFingerprint getClauseFingerprint() {
    return new ClauseFingerprint(clauseFingerprint);
  }

  public String getClausePath() {
    return clausePath;
  }

  public String getReviewer() {
    return reviewer;
  }

  public Instant getReviewedAt() {
    return reviewedAt;
  }

  public long getVersion() {
    return version;
  }
}
