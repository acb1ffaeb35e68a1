package jp.shinsa.application.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.organisation.OrganisationService;
import jp.shinsa.domain.identity.UserAccountRepository;

/** The dashboard's figures for the signed-in person, all within their organisation. */
@RequestScoped
@Transactional
public class DashboardService {

  private static final String VISIBLE = "(c.owner.id = :org OR c.vendor.id = :org)";

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private UserAccountRepository accounts;
  @Inject private OrganisationService organisations;

  public DashboardCounts counts() {
    long orgId = currentUser.organisationId();
    long contracts =
        em.createQuery("SELECT COUNT(c) FROM Contract c WHERE " + VISIBLE, Long.class)
            .setParameter("org", orgId)
            .getSingleResult();
    long analysed =
        em.createQuery(
                "SELECT COUNT(v) FROM ContractVersion v JOIN v.contract c WHERE "
                    + VISIBLE
                    + " AND v.status = jp.shinsa.domain.contract.ProcessingStatus.ANALYSED",
                Long.class)
            .setParameter("org", orgId)
            .getSingleResult();
    // Gaps on each contract's latest analysed version only: older versions are history. The
    // count is kept on the version when its findings are stored (V10), so this reads one row per
    // contract rather than every finding.
    Long gaps =
        em.createQuery(
                "SELECT SUM(v.gapCount) FROM ContractVersion v JOIN v.contract c WHERE "
                    + VISIBLE
                    + " AND v.versionNo = (SELECT MAX(v2.versionNo) FROM ContractVersion v2"
                    + " WHERE v2.contract = v.contract"
                    + " AND v2.status = jp.shinsa.domain.contract.ProcessingStatus.ANALYSED)",
                Long.class)
            .setParameter("org", orgId)
            .getSingleResult();
    return new DashboardCounts(
        accounts.findByOrganisation(orgId).size(),
        organisations.visible().size(),
        contracts,
        analysed,
        gaps == null ? 0 : gaps);
  }
}
