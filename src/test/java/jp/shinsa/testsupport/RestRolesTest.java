package jp.shinsa.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RestRolesTest {

  private final RestRoles roles = RestRoles.scan("jp.shinsa.interfaces.rest");

  @Test
  void aMethodsOwnRolesOverrideItsClass() {
    assertEquals(Set.of("OFFICER"), roles.of("POST", "questionnaires/{id}/send").orElseThrow());
    assertEquals(
        Set.of("OFFICER", "VENDOR", "SUPPLIER"),
        roles.of("GET", "questionnaires/{id}").orElseThrow());
  }

  @Test
  void anUnknownOperationHasNoRoles() {
    assertTrue(roles.of("GET", "no/such/thing").isEmpty());
  }

  @Test
  void templatesAreComparedWithoutSlashesOrPatterns() {
    assertEquals("a/{id}/b", RestRoles.normalise("/a/{id: \\d+}//b/"));
  }
}
