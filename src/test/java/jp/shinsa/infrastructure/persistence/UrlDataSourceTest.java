package jp.shinsa.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UrlDataSourceTest {

  @Test
  void connectsToWhateverTheUrlNames() throws SQLException {
    UrlDataSource ds = new UrlDataSource();
    ds.setUrl("jdbc:h2:mem:urlds;DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    ds.setPassword("");
    try (Connection c = ds.getConnection()) {
      assertEquals("H2", c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void refusesToStartWithoutAUrl() {
    SQLException e = assertThrows(SQLException.class, () -> new UrlDataSource().getConnection());
    assertEquals("No database URL configured (set SHINSA_DB_URL)", e.getMessage());
  }

  @Test
  void choosesColumnTypesByDatabaseProduct() {
    assertEquals(
        "BYTEA", DatabaseMigration.SqlDialect.of("PostgreSQL").placeholders().get("binary_type"));
    assertEquals("BLOB", DatabaseMigration.SqlDialect.of("H2").placeholders().get("binary_type"));
  }
}
