package jp.shinsa.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import jp.shinsa.domain.identity.PasswordHasher;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.identity.UserAccount;
import jp.shinsa.domain.identity.UserAccountRepository;
import jp.shinsa.domain.organisation.Organisation;

/** Creating accounts and changing their preferences. */
@ApplicationScoped
public class AccountService {

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  @Transactional
  public UserAccount create(
      String username,
      String displayName,
      char[] password,
      Organisation organisation,
      Set<Role> roles) {
    return createWithHash(username, displayName, hasher.hash(password), organisation, roles);
  }

  /**
   * Creates an account whose password was hashed elsewhere with the portal's hasher format (the
   * demo seed's precomputed hashes), under the same rules as {@link #create}.
   */
  @Transactional
  public UserAccount createWithHash(
      String username,
      String displayName,
      String passwordHash,
      Organisation organisation,
      Set<Role> roles) {
    if (accounts.findByUsername(username).isPresent()) {
      throw new IllegalArgumentException("Username already taken: " + username);
    }
    if (roles.contains(Role.OFFICER) && !organisation.isAgency()) {
      throw new IllegalArgumentException("Officers belong to a buyer agency");
    }
    if ((roles.contains(Role.VENDOR) || roles.contains(Role.SUPPLIER)) && organisation.isAgency()) {
      throw new IllegalArgumentException("Vendor and supplier staff belong to a company");
    }
    return accounts.save(
        new UserAccount(username, displayName, passwordHash, organisation, roles, clock.instant()));
  }

  @Transactional
  public void rememberLocale(String username, String language) {
    accounts.findByUsername(username).ifPresent(a -> a.setPreferredLocale(language));
  }
}
