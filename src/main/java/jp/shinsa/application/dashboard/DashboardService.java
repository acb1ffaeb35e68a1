package jp.shinsa.application.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.organisation.OrganisationService;
import jp.shinsa.domain.identity.UserAccountRepository;

/** The dashboard's figures for the signed-in person. */
@RequestScoped
@Transactional
public class DashboardService {

  @Inject private CurrentUser currentUser;
  @Inject private UserAccountRepository accounts;
  @Inject private OrganisationService organisations;

  public DashboardCounts counts() {
    long orgId = currentUser.organisationId();
    return new DashboardCounts(
        accounts.findByOrganisation(orgId).size(), organisations.visible().size(), 0, 0, 0);
  }
}
