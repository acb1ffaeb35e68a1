package jp.shinsa.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import jp.shinsa.domain.identity.PasswordHasher;

/**
 * PBKDF2-HMAC-SHA256 with a per-password random salt, through Jakarta Security's own implementation
 * rather than hand-rolled crypto. The iteration count follows current OWASP advice for SHA-256
 * within what a 2-core server can afford per login.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  @Override
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  @Override
  public boolean verify(char[] password, String storedHash) {
    return storedHash != null && pbkdf2.verify(password, storedHash);
  }
}
