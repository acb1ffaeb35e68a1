package jp.shinsa.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.shinsa.domain.identity.UserAccount;
import jp.shinsa.domain.identity.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UserAccount> findByUsernameForUpdate(String username) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserAccount> findByOrganisation(long organisationId) {
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.organisation.id = :org ORDER BY u.username",
            UserAccount.class)
        .setParameter("org", organisationId)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public UserAccount save(UserAccount account) {
    if (account.getId() == null) {
      em.persist(account);
      return account;
    }
    return em.merge(account);
  }
}
