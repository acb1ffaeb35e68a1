package jp.shinsa.application.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import jp.shinsa.domain.identity.LockoutPolicy;
import jp.shinsa.domain.identity.PasswordHasher;
import jp.shinsa.domain.identity.UserAccount;
import jp.shinsa.domain.identity.UserAccountRepository;

/**
 * Checks a username and password against the account table and applies the lockout policy. A locked
 * account is refused even with the right password, so that guessing gains nothing.
 */
@ApplicationScoped
public class LoginService {

  private static final Logger LOG = Logger.getLogger(LoginService.class.getName());

  /** Verified against when the user does not exist, so both paths cost one PBKDF2 run. */
  private volatile String dummyHash;

  @Inject private UserAccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;

  private final LockoutPolicy policy = LockoutPolicy.DEFAULT;

  @Transactional(dontRollbackOn = RuntimeException.class)
  public LoginResult attempt(String username, char[] password) {
    Instant now = clock.instant();
    Optional<UserAccount> found =
        username == null ? Optional.empty() : accounts.findByUsernameForUpdate(username.trim());
    if (found.isEmpty()) {
      hasher.verify(password, dummyHash());
      LOG.info(() -> "event=login.failed reason=unknown-user");
      return LoginResult.of(LoginResult.Status.INVALID);
    }
    UserAccount account = found.get();
    if (account.isLocked(now)) {
      LOG.info(() -> "event=login.refused reason=locked user=" + account.getUsername());
      return LoginResult.of(LoginResult.Status.LOCKED);
    }
    if (!hasher.verify(password, account.getPasswordHash())) {
      account.recordFailedLogin(now, policy);
      LOG.info(
          () ->
              "event=login.failed reason=bad-password user=%s attempts=%d locked=%s"
                  .formatted(
                      account.getUsername(), account.getFailedAttempts(), account.isLocked(now)));
      return LoginResult.of(
          account.isLocked(now) ? LoginResult.Status.LOCKED : LoginResult.Status.INVALID);
    }
    account.recordSuccessfulLogin(now);
    LOG.info(() -> "event=login.succeeded user=" + account.getUsername());
    return new LoginResult(LoginResult.Status.SUCCESS, account.getUsername(), account.getRoles());
  }

  /** Whether the named account is currently locked; used to explain a refused login. */
  @Transactional
  public boolean isLocked(String username) {
    return username != null
        && accounts
            .findByUsername(username.trim())
            .map(a -> a.isLocked(clock.instant()))
            .orElse(false);
  }

  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hasher.hash("not-a-real-password".toCharArray());
    }
    return dummyHash;
  }
}
