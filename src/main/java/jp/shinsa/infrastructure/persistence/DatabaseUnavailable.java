package jp.shinsa.infrastructure.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises a failure whose root is that the database cannot be reached or is shutting down, as
 * opposed to a bug: such a request deserves "try again shortly" (503), not an incident (500).
 */
public final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  /**
   * True when the cause chain holds a refused or broken connection: SQLState class 08 (connection
   * exception), 57P01..57P03 (administrator or crash shutdown, server starting up), or a refused
   * TCP connection, or Payara's pool saying it could not allocate a connection.
   */
  public static boolean isCauseOf(Throwable failure) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
          return true;
        }
        // Payara's connection pool reports an unreachable server without a SQLState.
        String message = String.valueOf(sql.getMessage());
        if (message.contains("Error in allocating a connection")) {
          return true;
        }
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
      return sql.getNextException();
    }
    return t.getCause();
  }
}
