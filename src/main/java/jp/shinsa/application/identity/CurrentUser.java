package jp.shinsa.application.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.identity.UserAccount;
import jp.shinsa.domain.identity.UserAccountRepository;
import jp.shinsa.domain.organisation.Organisation;

/**
 * The signed-in person for this request. Services take the caller's organisation from here, never
 * from request parameters, so that a crafted request cannot reach another tenant's data.
 */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext securityContext;
  @Inject private UserAccountRepository accounts;

  private Optional<UserAccount> account;

  public Optional<UserAccount> account() {
    if (account == null) {
      Principal principal = securityContext.getCallerPrincipal();
      account = principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
    }
    return account;
  }

  /** The caller's account; fails when nobody is signed in (a programming error behind a guard). */
  public UserAccount require() {
    return account().orElseThrow(() -> new NotSignedInException());
  }

  public boolean isSignedIn() {
    return account().isPresent();
  }

  public long organisationId() {
    return require().getOrganisation().getId();
  }

  public Organisation organisation() {
    return require().getOrganisation();
  }

  public boolean has(Role role) {
    return account().map(a -> a.hasRole(role)).orElse(false);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  public boolean isOfficer() {
    return has(Role.OFFICER);
  }

  public boolean isVendor() {
    return has(Role.VENDOR);
  }

  public boolean isSupplier() {
    return has(Role.SUPPLIER);
  }

  public String getDisplayName() {
    return account().map(UserAccount::getDisplayName).orElse("");
  }

  public String getUsername() {
    return account().map(UserAccount::getUsername).orElse("");
  }

  /** Thrown when a service that needs a caller is reached without one. */
  public static class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
      super("Not signed in");
    }
  }
}
