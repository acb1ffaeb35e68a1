package jp.shinsa.domain.identity;

/**
 * Turns passwords into salted, slow hashes and checks them. The domain never sees a stored
 * password, only this port; the infrastructure implements it with Jakarta Security's PBKDF2.
 */
public interface PasswordHasher {

  String hash(char[] password);

  boolean verify(char[] password, String storedHash);
}
