package jp.shinsa.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database the integration tests' Payara Micro runs on, once per test run: PostgreSQL
 * on 127.0.0.1:5432 (database {@code test}, user {@code postgres}) when it answers, in a fresh
 * schema so runs never see each other's rows; otherwise a fresh embedded H2 file under target/. The
 * choice reaches Payara through the Arquillian container's {@code payara.cmdOptions}, and the tests
 * read it back from {@link #PRODUCT_PROPERTY}.
 */
public class IntegrationDatabase implements LauncherSessionListener {

  public static final String PRODUCT_PROPERTY = "shinsa.it.database";

  private static final Logger LOG = Logger.getLogger(IntegrationDatabase.class.getName());

  private static final String PG_HOST = System.getProperty("shinsa.it.pg.host", "127.0.0.1");
  private static final int PG_PORT = Integer.getInteger("shinsa.it.pg.port", 5432);
  private static final String PG_DB = System.getProperty("shinsa.it.pg.database", "test");
  private static final String PG_USER = System.getProperty("shinsa.it.pg.user", "postgres");

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("payara.microJar") == null
        || System.getProperty(PRODUCT_PROPERTY) != null) {
      return; // unit-test run, or already chosen
    }
    List<String> options = new ArrayList<>();
    Path target = Path.of("target").toAbsolutePath();
    options.add("-Dpdfbox.fontcache=" + target);
    options.add("-Dshinsa.demo.seed=true");
    if (!Boolean.getBoolean("shinsa.it.h2") && reachable(PG_HOST, PG_PORT)) {
      String schema = "shinsa_it_" + System.currentTimeMillis();
      try {
        recreateSchema(schema);
        options.add(
            "-Dshinsa.db.url=jdbc:postgresql://%s:%d/%s?currentSchema=%s"
                .formatted(PG_HOST, PG_PORT, PG_DB, schema));
        options.add("-Dshinsa.db.user=" + PG_USER);
        System.setProperty(PRODUCT_PROPERTY, "PostgreSQL");
        System.setProperty("shinsa.it.pg.schema", schema);
      } catch (SQLException e) {
        LOG.warning("PostgreSQL answers but cannot be prepared, using H2: " + e.getMessage());
      }
    }
    if (System.getProperty(PRODUCT_PROPERTY) == null) {
      Path dataDir = target.resolve("it-data-" + System.currentTimeMillis());
      try {
        Files.createDirectories(dataDir);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      options.add("-Dshinsa.data.dir=" + dataDir);
      System.setProperty(PRODUCT_PROPERTY, "H2");
    }
    String existing = System.getProperty("payara.cmdOptions", "");
    System.setProperty("payara.cmdOptions", (existing + " " + String.join(" ", options)).trim());
    LOG.info("Integration tests run on " + System.getProperty(PRODUCT_PROPERTY));
  }

  /** JDBC URL of the integration database, for tests that inspect or tamper with rows directly. */
  public static String jdbcUrl() {
    String schema = System.getProperty("shinsa.it.pg.schema");
    return schema == null
        ? null
        : "jdbc:postgresql://%s:%d/%s?currentSchema=%s".formatted(PG_HOST, PG_PORT, PG_DB, schema);
  }

  public static String jdbcUser() {
    return PG_USER;
  }

  private static boolean reachable(String host, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Drops schemas of runs older than three hours (kept meanwhile for a post-mortem, and because
   * another checkout may be running its tests against the same server right now).
   */
  private static void recreateSchema(String schema) throws SQLException {
    String url = "jdbc:postgresql://%s:%d/%s".formatted(PG_HOST, PG_PORT, PG_DB);
    try (Connection c = DriverManager.getConnection(url, PG_USER, "");
        Statement s = c.createStatement()) {
      List<String> old = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT schema_name FROM information_schema.schemata"
                  + " WHERE schema_name LIKE 'shinsa\\_it\\_%'")) {
        while (rs.next()) {
          old.add(rs.getString(1));
        }
      }
      long cutoff = System.currentTimeMillis() - 3 * 3600_000L;
      for (String o : old) {
        String stamp = o.substring("shinsa_it_".length());
        if (stamp.chars().allMatch(Character::isDigit) && Long.parseLong(stamp) < cutoff) {
          s.execute("DROP SCHEMA IF EXISTS " + o + " CASCADE");
        }
      }
      s.execute("CREATE SCHEMA " + schema);
    }
  }
}
