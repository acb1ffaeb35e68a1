package jp.shinsa.domain.identity;

import java.util.List;
import java.util.Optional;

/** User accounts as the domain sees them; implemented with JPA in the infrastructure layer. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  /**
   * The account, locked for update until the transaction ends: sign-ins of one account (parallel
   * REST calls with Basic credentials) then queue instead of failing on each other's changes.
   */
  Optional<UserAccount> findByUsernameForUpdate(String username);

  List<UserAccount> findByOrganisation(long organisationId);

  long count();

  UserAccount save(UserAccount account);
}
