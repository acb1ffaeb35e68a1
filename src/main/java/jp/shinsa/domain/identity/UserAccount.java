package jp.shinsa.domain.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import jp.shinsa.domain.organisation.Organisation;

/**
 * A person who signs in. Belongs to exactly one organisation; the password is kept only as a PBKDF2
 * hash produced by the infrastructure layer.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

  @Id
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 200)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id", nullable = false)
  private Organisation organisation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 16)
  private Set<Role> roles = new HashSet<>();

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(nullable = false)
  private boolean disabled;

  @Column(name = "preferred_locale", length = 8)
  private String preferredLocale;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String passwordHash,
      Organisation organisation,
      Set<Role> roles,
      Instant now) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.organisation = Objects.requireNonNull(organisation);
    this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
    this.createdAt = now;
  }

  /** True while a temporary lock from failed attempts is in force, or the account is disabled. */
  public boolean isLocked(Instant now) {
    return disabled || (lockedUntil != null && now.isBefore(lockedUntil));
  }

  /**
   * Counts a wrong password. Reaching the policy's limit locks the account for the policy's
   * duration; the counter starts again once a lock has expired.
   */
  public void recordFailedLogin(Instant now, LockoutPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      failedAttempts = 0;
      lockedUntil = null;
    }
    failedAttempts++;
    if (failedAttempts >= policy.maxFailedAttempts()) {
      lockedUntil = now.plus(policy.lockDuration());
    }
  }

  public void recordSuccessfulLogin(Instant now) {
    failedAttempts = 0;
    lockedUntil = null;
    lastLoginAt = now;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
  }

  public void disable() {
    this.disabled = true;
  }

  public void unlock() {
    this.disabled = false;
    this.failedAttempts = 0;
    this.lockedUntil = null;
  }

  public void setPreferredLocale(String preferredLocale) {
    this.preferredLocale = preferredLocale;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public int getFailedAttempts() {
    return failedAttempts;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public boolean isDisabled() {
    return disabled;
  }

  public String getPreferredLocale() {
    return preferredLocale;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }
}
