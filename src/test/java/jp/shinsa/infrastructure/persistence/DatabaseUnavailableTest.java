package jp.shinsa.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aRefusedOrBrokenConnectionDeepInTheChainMeansTheDatabaseIsAway() {
    assertTrue(wrapped(new SQLException("Connection refused", "08001")));
    assertTrue(wrapped(new SQLException("I/O error", "08006")));
    assertTrue(wrapped(new SQLException("terminating connection", "57P01")));
    assertTrue(wrapped(new SQLException("the database system is starting up", "57P03")));
    assertTrue(wrapped(new ConnectException("Connection refused")));
    assertTrue(
        wrapped(
            new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated")));
  }

  @Test
  void ordinaryDatabaseErrorsAndBugsAreNotOutages() {
    assertFalse(wrapped(new SQLException("duplicate key", "23505")));
    assertFalse(wrapped(new SQLException("no state")));
    assertFalse(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug")));
    assertFalse(DatabaseUnavailable.isCauseOf(null));
  }

  @Test
  void aCauseChainThatLoopsIsWalkedOnce() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertFalse(DatabaseUnavailable.isCauseOf(a));
  }

  private static boolean wrapped(Throwable root) {
    return DatabaseUnavailable.isCauseOf(
        new RuntimeException("jakarta.persistence.PersistenceException", new Exception(root)));
  }
}
