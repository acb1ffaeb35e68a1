package jp.shinsa.application.remediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import jp.shinsa.application.audit.AuditTrail;
import jp.shinsa.application.review.ReviewedFinding;
import jp.shinsa.domain.checklist.ModelClause;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.remediation.RemediationException;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationPolicy;
import jp.shinsa.domain.remediation.RemediationProposal;
import jp.shinsa.domain.remediation.RemediationProposals;
import jp.shinsa.infrastructure.catalogue.ModelClauseLibrary;
import jp.shinsa.infrastructure.remediation.RemediationPolicyReader;

/**
 * Opens remediation items from findings, for the automatic policy and for officers alike, and puts
 * each opening on the audit trail.
 */
@ApplicationScoped
public class RemediationProposer {

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  private volatile RemediationPolicy policy;
  private volatile List<ModelClause> clauses;

  public RemediationPolicy policy() {
    if (policy == null) {
      policy = RemediationPolicyReader.bundled();
    }
    return policy;
  }

  private List<ModelClause> clauses() {
    if (clauses == null) {
      clauses = ModelClauseLibrary.bundled().all();
    }
    return clauses;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public RemediationItem open(
      ContractVersion version, ReviewedFinding finding, boolean automatic, String actor) {
    if (finding.item() == null) {
      throw new RemediationException(
          "The checklist item " + finding.itemId() + " is not in the catalogue any more.");
    }
    Contract contract = version.getContract();
    RemediationProposal proposal =
        RemediationProposals.propose(
            new RemediationProposals.Target(
                contract.getOwner().getId(),
                contract.getVendor().getId(),
                contract.getId(),
                version.getId()),
            contract.getProcurementModel(),
            finding.item(),
            finding.judgment(),
            finding.effectiveOutcome(),
            clauses(),
            automatic);
    RemediationItem item = RemediationItem.open(proposal, actor, clock.instant());
    em.persist(item);
    em.flush();
    audit.append(
        actor,
        contract.getOwner().getCode(),
        automatic ? "remediation.proposed" : "remediation.opened",
        "remediation-item",
        item.getId(),
        AuditTrail.details(
            "contract",
            contract.getId(),
            "version",
            version.getVersionNo(),
            "item",
            item.getItemId(),
            "outcome",
            item.getFindingOutcome().name(),
            "priority",
            item.getPriority().name()));
    return item;
  }
}
