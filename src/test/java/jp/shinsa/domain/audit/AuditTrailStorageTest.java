package jp.shinsa.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.audit.AuditChainBreak.Problem;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The trail as the database keeps it: entries written through the real migration's table read back
 * intact (the hash survives the TIMESTAMP and large-text round trip), and an UPDATE made directly
 * on a row is reported. Runs on H2 always and on PostgreSQL when one answers on 127.0.0.1:5432
 * (database "test", user "postgres", as for the integration tests).
 */
class AuditTrailStorageTest {

  private static final Instant T0 = Instant.parse("2026-11-21T09:00:00.987654321Z");

  @Test
  void onH2TheStoredTrailVerifiesAndADirectEditIsReported() throws SQLException {
    String url = "jdbc:h2:mem:audit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      migrate(url, "sa", "", null, Map.of("text_type", "CLOB", "binary_type", "BLOB"));
      exercise(c);
    }
  }

  @Test
  void onPostgreSqlTheStoredTrailVerifiesAndADirectEditIsReported() throws SQLException {
    Assumptions.assumeTrue(reachable(), "no PostgreSQL on 127.0.0.1:5432");
    String schema = "shinsa_audit_" + System.currentTimeMillis();
    String url = "jdbc:postgresql://127.0.0.1:5432/test";
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      try {
        migrate(url, "postgres", "", schema, Map.of("text_type", "TEXT", "binary_type", "BYTEA"));
        c.setSchema(schema);
        exercise(c);
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  private static void migrate(
      String url, String user, String password, String schema, Map<String, String> placeholders) {
    var config =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .placeholders(placeholders);
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    config.load().migrate();
  }

  private static void exercise(Connection c) throws SQLException {
    AuditEntry previous = null;
    for (int i = 0; i < 4; i++) {
      previous =
          AuditEntry.append(
              previous,
              new AuditEvent(
                  T0.plusMillis(i),
                  "officer" + i,
                  "DA",
                  "remediation.sent",
                  "remediation-item",
                  Integer.toString(50 + i),
                  "{\"note\":\"第8条第2項を修正\",\"n\":" + i + "}"));
      insert(c, previous);
    }

    List<AuditEntry> stored = readAll(c);
    assertEquals(4, stored.size());
    assertTrue(AuditChainVerifier.verify(stored).intact(), "the trail survives the round trip");

    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit_entry SET actor = 'intruder' WHERE seq_no = 3");
    }
    AuditChainBreak at = AuditChainVerifier.verify(readAll(c)).firstBreak().orElseThrow();
    assertEquals(3, at.sequenceNumber());
    assertEquals(Problem.HASH_MISMATCH, at.problem());

    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit_entry SET actor = 'officer2' WHERE seq_no = 3");
      s.executeUpdate("DELETE FROM audit_entry WHERE seq_no = 2");
    }
    at = AuditChainVerifier.verify(readAll(c)).firstBreak().orElseThrow();
    assertEquals(1, at.position());
    assertEquals(Problem.SEQUENCE_GAP, at.problem());
  }

  private static void insert(Connection c, AuditEntry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_entry (seq_no, occurred_at, actor, organisation, action_code,"
                + " subject_type, subject_id, details, previous_hash, entry_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, e.getSequenceNumber());
      ps.setTimestamp(2, Timestamp.from(e.getAt()));
      ps.setString(3, e.getActor());
      ps.setString(4, e.getOrganisation());
      ps.setString(5, e.getAction());
      ps.setString(6, e.getSubjectType());
      ps.setString(7, e.getSubjectId());
      ps.setString(8, e.getDetailsJson());
      ps.setString(9, e.getPreviousHash());
      ps.setString(10, e.getHash());
      ps.executeUpdate();
    }
  }

  private static List<AuditEntry> readAll(Connection c) throws SQLException {
    List<AuditEntry> result = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM audit_entry ORDER BY seq_no")) {
      while (rs.next()) {
        result.add(
            new AuditEntry(
                rs.getLong("seq_no"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("organisation"),
                rs.getString("action_code"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("details"),
                rs.getString("previous_hash"),
                rs.getString("entry_hash")));
      }
    }
    return result;
  }

  private static boolean reachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 5432), 300);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
