package jp.shinsa.application.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import jp.shinsa.application.audit.AuditTrail;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.remediation.RemediationProposer;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.finding.Finding;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.review.FindingRef;
import jp.shinsa.domain.review.Review;
import jp.shinsa.domain.review.ReviewDecision;
import jp.shinsa.domain.review.ReviewException;

/**
 * The findings page's use cases: read a version's findings with reviews applied, and record an
 * officer's review. A review that turns a finding into a gap the remediation policy covers opens
 * the remediation item at once, as the analysis would have.
 */
@RequestScoped
@Transactional
public class ReviewService {

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private ContractService contracts;
  @Inject private CurrentUser currentUser;
  @Inject private EffectiveFindings effective;
  @Inject private RemediationProposer proposer;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The version's findings in catalogue order (visible to the contract's owner and vendor). */
  public List<ReviewedFinding> findings(long contractId, int versionNo) {
    return effective.of(contracts.requireVersion(contractId, versionNo));
  }

  /**
   * What changed in the clauses since the previous version (empty for version 1): added, removed
   * and changed clauses.
   */
  public List<ClauseChange> changesSincePrevious(long contractId, int versionNo) {
    if (versionNo <= 1) {
      return List.of();
    }
    ContractVersion current = contracts.requireVersion(contractId, versionNo);
    ContractVersion previous = contracts.requireVersion(contractId, versionNo - 1);
    return ClauseDiff.between(
        contracts.clauses(previous.getId()), contracts.clauses(current.getId()));
  }

  /**
   * Records a review of the finding for {@code itemId} in the given version (the latest when null).
   *
   * @param outcome the officer's outcome, for an override only
   * @param reason required for an override and for not applicable
   */
  public Review review(
      long contractId,
      Integer versionNo,
      String itemId,
      ReviewDecision decision,
      Outcome outcome,
      String reason) {
    Contract contract = contracts.require(contractId);
    if (!currentUser.isOfficer() || contract.getOwner().getId() != currentUser.organisationId()) {
      throw new SecurityException("Only the buyer's officers review findings");
    }
    if (decision == null) {
      throw new ReviewException("A decision is required: CONFIRMED, OVERRIDDEN or NOT_APPLICABLE.");
    }
    ContractVersion version =
        versionNo == null
            ? contracts.latestVersion(contractId)
            : contracts.requireVersion(contractId, versionNo);
    Finding finding =
        effective.findings(version.getId()).stream()
            .filter(f -> f.getItemId().equals(itemId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ReviewException(
                        "Version " + version.getVersionNo() + " has no finding for " + itemId));
    FindingRef ref = effective.refOf(version, finding);
    String who = currentUser.getUsername();
    Review review =
        switch (decision) {
          case CONFIRMED -> Review.confirm(ref, who, clock.instant());
          case OVERRIDDEN -> Review.override(ref, outcome, reason, who, clock.instant());
          case NOT_APPLICABLE -> Review.notApplicable(ref, reason, who, clock.instant());
        };
    em.persist(review);
    em.flush();
    audit.byCaller(
        "review." + decision.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "finding",
        contractId + "/" + version.getVersionNo() + "/" + itemId,
        AuditTrail.details(
            "review",
            review.getId(),
            "engine",
            finding.getOutcome().name(),
            "override",
            review.getOverrideOutcome() == null ? null : review.getOverrideOutcome().name(),
            "reason",
            review.getReason(),
            "clause",
            ref.clausePath()));
    openIfNowAGap(version, itemId);
    return review;
  }

  private void openIfNowAGap(ContractVersion version, String itemId) {
    if (contracts.latestVersion(version.getContract().getId()).getId().longValue()
        != version.getId()) {
      return;
    }
    effective.of(version).stream()
        .filter(f -> f.itemId().equals(itemId))
        .filter(f -> f.remediation() == null)
        .filter(f -> proposer.policy().proposesAutomatically(itemId, f.effectiveOutcome()))
        .findFirst()
        .ifPresent(f -> proposer.open(version, f, true, currentUser.getUsername()));
  }
}
