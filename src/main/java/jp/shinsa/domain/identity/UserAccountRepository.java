package jp.shinsa.domain.identity;

import java.util.List;
import java.util.Optional;

/** User accounts as the domain sees them; implemented with JPA in the infrastructure layer. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  List<UserAccount> findByOrganisation(long organisationId);

  long count();

  UserAccount save(UserAccount account);
}
