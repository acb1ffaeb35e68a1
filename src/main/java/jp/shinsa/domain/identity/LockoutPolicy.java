package jp.shinsa.domain.identity;

import java.time.Duration;

/**
 * When repeated wrong passwords lock an account, and for how long. Temporary locks end by
 * themselves so that a guessing attack cannot lock staff out for good; an administrator can disable
 * an account permanently instead.
 *
 * @param maxFailedAttempts consecutive failures that lock the account
 * @param lockDuration how long the lock lasts
 */
public record LockoutPolicy(int maxFailedAttempts, Duration lockDuration) {

  public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

  public LockoutPolicy {
    if (maxFailedAttempts < 1) {
      throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
    }
    if (lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("lockDuration must be positive");
    }
  }
}
