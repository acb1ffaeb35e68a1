package jp.shinsa.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import jp.shinsa.infrastructure.persistence.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers and the schema has been migrated: a node that cannot reach
 * PostgreSQL must drop out of the load balancer rather than serve errors.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  /** Quoted: Flyway creates its table in lower case, which H2 (unlike PostgreSQL) folds apart. */
  private static final String LATEST_MIGRATION =
      "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
          + " ORDER BY \"installed_rank\" DESC";

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("database");
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(LATEST_MIGRATION)) {
      String schemaVersion = rs.next() ? rs.getString(1) : null;
      return builder
          .status(schemaVersion != null)
          .withData("product", c.getMetaData().getDatabaseProductName())
          .withData("schemaVersion", String.valueOf(schemaVersion))
          .withData("latencyMs", (System.nanoTime() - start) / 1_000_000)
          .build();
    } catch (SQLException e) {
      return builder.down().withData("error", e.getMessage()).build();
    }
  }
}
