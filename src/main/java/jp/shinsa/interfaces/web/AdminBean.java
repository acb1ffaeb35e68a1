package jp.shinsa.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shinsa.application.organisation.OrganisationService;
import jp.shinsa.domain.organisation.Organisation;

/** Backs the administration pages (reachable only with the ADMIN role, see web.xml). */
@Named
@RequestScoped
public class AdminBean {

  @Inject private OrganisationService organisations;

  public List<Organisation> getOrganisations() {
    return organisations.visible();
  }
}
