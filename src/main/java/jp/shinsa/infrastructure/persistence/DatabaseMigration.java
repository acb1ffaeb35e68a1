package jp.shinsa.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the portal's single datasource and brings its schema up to date before anything else
 * touches it. The URL comes from MicroProfile Config ({@code shinsa.db.url}, env {@code
 * SHINSA_DB_URL}); the default is an H2 file under the data directory, so a fresh clone runs with
 * nothing installed, and the same migrations run on PostgreSQL in production.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATASOURCE,
    className = "jp.shinsa.infrastructure.persistence.UrlDataSource",
    url = "${MPCONFIG=shinsa.db.url}",
    user = "${MPCONFIG=shinsa.db.user}",
    password = "${MPCONFIG=shinsa.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:app/jdbc/shinsa";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  private String databaseProduct;

  @PostConstruct
  void migrate() {
    databaseProduct = productName(dataSource);
    MigrateResult result = flyway(dataSource, databaseProduct).migrate();
    LOG.info(
        () ->
            "event=schema.migrated database=%s from=%s to=%s applied=%d"
                .formatted(
                    databaseProduct,
                    result.initialSchemaVersion,
                    result.targetSchemaVersion,
                    result.migrationsExecuted));
  }

  /** "H2" or "PostgreSQL": the product the portal is running on. */
  public String databaseProduct() {
    return databaseProduct;
  }

  public boolean isEmbedded() {
    return "H2".equalsIgnoreCase(databaseProduct);
  }

  static Flyway flyway(DataSource dataSource, String product) {
    return Flyway.configure(DatabaseMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .placeholders(SqlDialect.of(product).placeholders())
        .load();
  }

  private static String productName(DataSource ds) {
    try (Connection c = ds.getConnection()) {
      return c.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  /** Column types that differ between H2 and PostgreSQL; everything else in the SQL is shared. */
  enum SqlDialect {
    H2(Map.of("text_type", "CLOB", "binary_type", "BLOB")),
    POSTGRESQL(Map.of("text_type", "TEXT", "binary_type", "BYTEA"));

    private final Map<String, String> placeholders;

    SqlDialect(Map<String, String> placeholders) {
      this.placeholders = placeholders;
    }

    Map<String, String> placeholders() {
      return placeholders;
    }

    static SqlDialect of(String product) {
      return product != null && product.toLowerCase().contains("postgres") ? POSTGRESQL : H2;
    }
  }
}
