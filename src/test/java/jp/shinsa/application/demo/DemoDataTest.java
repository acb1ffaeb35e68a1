package jp.shinsa.application.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The demo logins carry precomputed hashes so that the first start does not spend seconds on
 * PBKDF2; these specifications keep those hashes true to the printed passwords.
 */
class DemoDataTest {

  @Test
  void everyPrecomputedHashVerifiesItsPrintedPassword() throws Exception {
    for (DemoData.DemoLogin login : DemoData.LOGINS) {
      String[] parts = login.passwordHash().split(":");
      assertEquals(4, parts.length, login.username() + ": algorithm:iterations:salt:hash");
      assertEquals("PBKDF2WithHmacSHA256", parts[0], login.username());
      assertEquals(
          "210000", parts[1], login.username() + ": same iterations as Pbkdf2PasswordHasher");
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] derived =
          SecretKeyFactory.getInstance(parts[0])
              .generateSecret(
                  new PBEKeySpec(
                      login.password().toCharArray(),
                      salt,
                      Integer.parseInt(parts[1]),
                      expected.length * 8))
              .getEncoded();
      assertArrayEquals(expected, derived, login.username() + ": hash matches the password");
    }
  }

  @Test
  void everyLoginHasItsOwnSaltEvenWhenPasswordsAreShared() {
    Set<String> salts = new HashSet<>();
    for (DemoData.DemoLogin login : DemoData.LOGINS) {
      salts.add(login.passwordHash().split(":")[2]);
    }
    assertEquals(DemoData.LOGINS.size(), salts.size());
    assertNotEquals(DemoData.LOGINS.get(2).passwordHash(), DemoData.LOGINS.get(3).passwordHash());
  }
}
