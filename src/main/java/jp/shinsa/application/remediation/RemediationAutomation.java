package jp.shinsa.application.remediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import jp.shinsa.application.analysis.AnalysisCompleted;
import jp.shinsa.application.audit.AuditTrail;
import jp.shinsa.application.review.EffectiveFindings;
import jp.shinsa.application.review.ReviewedFinding;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationPolicy;

/**
 * Reacts to a finished analysis: gaps the policy covers get remediation items, and when a later
 * version was judged, existing items move to "fixed in version N — verify" or reopen. Runs in its
 * own transaction after the analysis is stored, so a failure here never loses the analysis; the
 * outcomes used are the effective ones, so an officer's override steers remediation too. Called by
 * {@link AnalysisObserver}.
 */
@ApplicationScoped
public class RemediationAutomation {

  private static final Logger LOG = Logger.getLogger(RemediationAutomation.class.getName());

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private EffectiveFindings effective;
  @Inject private RemediationProposer proposer;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void apply(AnalysisCompleted event) {
    ContractVersion version = em.find(ContractVersion.class, event.versionId());
    if (version == null) {
      return;
    }
    String owner = version.getContract().getOwner().getCode();
    audit.append(
        AuditTrail.SYSTEM,
        owner,
        "contract.analysed",
        "contract",
        event.contractId(),
        AuditTrail.details("version", event.versionNo(), "catalogue", event.catalogueVersion()));
    Integer latest =
        em.createQuery(
                "SELECT MAX(v.versionNo) FROM ContractVersion v WHERE v.contract.id = :c",
                Integer.class)
            .setParameter("c", event.contractId())
            .getSingleResult();
    if (latest != null && event.versionNo() < latest) {
      return; // an older version was re-judged: it says nothing about the current contract
    }
    RemediationPolicy policy = proposer.policy();
    List<ReviewedFinding> findings = effective.of(version);
    List<RemediationItem> existing = effective.remediationItems(event.contractId());
    int proposed = 0;
    for (ReviewedFinding f : findings) {
      boolean tracked = existing.stream().anyMatch(i -> i.getItemId().equals(f.itemId()));
      if (!tracked && policy.proposesAutomatically(f.itemId(), f.effectiveOutcome())) {
        proposer.open(version, f, true, AuditTrail.SYSTEM);
        proposed++;
      }
    }
    int reacted = 0;
    if (event.versionNo() > 1) {
      for (RemediationItem item : existing) {
        var outcome =
            findings.stream()
                .filter(f -> f.itemId().equals(item.getItemId()))
                .map(ReviewedFinding::effectiveOutcome)
                .findFirst();
        if (outcome.isEmpty()) {
          continue;
        }
        var from = item.getState();
        var reaction =
            policy.applyNewVersion(
                item, outcome.get(), event.versionNo(), AuditTrail.SYSTEM, clock.instant());
        if (reaction != RemediationPolicy.Reaction.NONE) {
          reacted++;
          audit.append(
              AuditTrail.SYSTEM,
              owner,
              reaction == RemediationPolicy.Reaction.MARK_FIXED
                  ? "remediation.fixed-in-version"
                  : "remediation.reopened",
              "remediation-item",
              item.getId(),
              AuditTrail.details(
                  "item",
                  item.getItemId(),
                  "from",
                  from.name(),
                  "to",
                  item.getState().name(),
                  "version",
                  event.versionNo(),
                  "outcome",
                  outcome.get().name()));
        }
      }
    }
    int p = proposed;
    int r = reacted;
    LOG.info(
        () ->
            "event=remediation.sync contract=%d version=%d proposed=%d reacted=%d"
                .formatted(event.contractId(), event.versionNo(), p, r));
  }
}
