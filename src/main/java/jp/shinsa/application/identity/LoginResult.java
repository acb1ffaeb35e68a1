package jp.shinsa.application.identity;

import java.util.Set;
import jp.shinsa.domain.identity.Role;

/** What happened when someone tried to sign in. */
public record LoginResult(Status status, String username, Set<Role> roles) {

  public enum Status {
    SUCCESS,
    /** Unknown user or wrong password: deliberately not told apart. */
    INVALID,
    /** The account is locked (too many failures) or disabled. */
    LOCKED
  }

  static LoginResult of(Status status) {
    return new LoginResult(status, null, Set.of());
  }
}
