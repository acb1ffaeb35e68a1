package jp.shinsa.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class UserAccountTest {

  private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");
  private static final LockoutPolicy POLICY = new LockoutPolicy(3, Duration.ofMinutes(15));

  private final UserAccount account =
      new UserAccount(
          "officer",
          "Officer",
          "hash",
          new Organisation("agency", "省", "Ministry", OrganisationKind.AGENCY, T0),
          Set.of(Role.OFFICER),
          T0);

  @Test
  void staysOpenBelowTheFailureLimit() {
    account.recordFailedLogin(T0, POLICY);
    account.recordFailedLogin(T0, POLICY);
    assertFalse(account.isLocked(T0));
    assertEquals(2, account.getFailedAttempts());
  }

  @Test
  void locksWhenTheLimitIsReachedAndUnlocksWhenTheLockExpires() {
    for (int i = 0; i < 3; i++) {
      account.recordFailedLogin(T0, POLICY);
    }
    assertTrue(account.isLocked(T0.plus(Duration.ofMinutes(14))));
    assertFalse(account.isLocked(T0.plus(Duration.ofMinutes(15))));
  }

  @Test
  void aFailureAfterAnExpiredLockStartsCountingAgain() {
    for (int i = 0; i < 3; i++) {
      account.recordFailedLogin(T0, POLICY);
    }
    Instant later = T0.plus(Duration.ofHours(1));
    account.recordFailedLogin(later, POLICY);
    assertEquals(1, account.getFailedAttempts());
    assertFalse(account.isLocked(later));
  }

  @Test
  void aSuccessfulLoginClearsTheFailureCount() {
    account.recordFailedLogin(T0, POLICY);
    account.recordSuccessfulLogin(T0);
    assertEquals(0, account.getFailedAttempts());
    assertEquals(T0, account.getLastLoginAt());
  }

  @Test
  void aDisabledAccountIsLockedUntilAnAdministratorUnlocksIt() {
    account.disable();
    assertTrue(account.isLocked(T0.plus(Duration.ofDays(365))));
    account.unlock();
    assertFalse(account.isLocked(T0));
  }

  @Test
  void thePolicyRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(3, Duration.ZERO));
  }
}
