package jp.shinsa.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationKind;
import jp.shinsa.domain.organisation.OrganisationRepository;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Override
  public Optional<Organisation> find(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  @Override
  public Optional<Organisation> findByCode(String code) {
    return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Organisation> findByKind(OrganisationKind kind) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.kind = :kind ORDER BY o.name", Organisation.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public List<Organisation> findAll() {
    return em.createQuery(
            "SELECT o FROM Organisation o ORDER BY o.kind, o.name", Organisation.class)
        .getResultList();
  }

  @Override
  public Organisation save(Organisation organisation) {
    if (organisation.getId() == null) {
      em.persist(organisation);
      return organisation;
    }
    return em.merge(organisation);
  }
}
