package jp.shinsa.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} configured by nothing but a JDBC URL, so that one setting ({@code
 * SHINSA_DB_URL}) switches the portal between the embedded H2 file and PostgreSQL. Payara's pool
 * wraps it; the drivers live in WEB-INF/lib and register themselves with {@link DriverManager}.
 */
public class UrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private int loginTimeout;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL configured (set SHINSA_DB_URL)");
    }
    loadDriverFor(url);
    return DriverManager.getConnection(url, username, pass);
  }

  /**
   * DriverManager only sees drivers its caller's class loader can load; touching the driver class
   * from the application's loader registers it even when service discovery ran elsewhere.
   */
  private static void loadDriverFor(String url) throws SQLException {
    String driver =
        url.startsWith("jdbc:postgresql:")
            ? "org.postgresql.Driver"
            : url.startsWith("jdbc:h2:") ? "org.h2.Driver" : null;
    if (driver == null) {
      return;
    }
    try {
      Class.forName(driver, true, UrlDataSource.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new SQLException("JDBC driver " + driver + " is not on the class path", e);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager logging is not used.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
