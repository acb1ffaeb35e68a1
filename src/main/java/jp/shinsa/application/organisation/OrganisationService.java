package jp.shinsa.application.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationKind;
import jp.shinsa.domain.organisation.OrganisationRepository;

/**
 * Which organisations the caller may see. Officers work with any vendor company, so they see their
 * own agency and all companies; vendor and supplier staff see only their own company; admins see
 * everything.
 */
@RequestScoped
@Transactional
public class OrganisationService {

  @Inject private CurrentUser currentUser;
  @Inject private OrganisationRepository organisations;

  public List<Organisation> visible() {
    if (currentUser.isAdmin()) {
      return organisations.findAll();
    }
    Organisation own = currentUser.organisation();
    if (currentUser.isOfficer()) {
      var result = new java.util.ArrayList<Organisation>();
      result.add(own);
      result.addAll(organisations.findByKind(OrganisationKind.COMPANY));
      return result;
    }
    return List.of(own);
  }

  /** The organisation if the caller may see it; empty otherwise (indistinguishable from absent). */
  public Optional<Organisation> find(long id) {
    return visible().stream().filter(o -> o.getId() == id).findFirst();
  }

  /** Vendor companies an officer can file a contract against. */
  public List<Organisation> vendorCompanies() {
    if (currentUser.isOfficer() || currentUser.isAdmin()) {
      return organisations.findByKind(OrganisationKind.COMPANY);
    }
    return List.of(currentUser.organisation());
  }
}
