package jp.shinsa.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * V9 on a database that already holds answers from before the exchange existed: each submitted
 * answer becomes the round it is in, with its evidence; each decision follows it; and the new party
 * rule still refuses an agency questionnaire to oneself. Run on H2 and, when it answers, on
 * PostgreSQL.
 */
class AnswerExchangeMigrationTest {

  private static final Map<String, String> H2 = Map.of("text_type", "CLOB", "binary_type", "BLOB");
  private static final Map<String, String> PG = Map.of("text_type", "TEXT", "binary_type", "BYTEA");

  @Test
  void onH2ExistingAnswersBecomeTheirRounds() throws SQLException {
    String url = "jdbc:h2:mem:exchange" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      migrateAndCheck(c, flyway(url, "sa", null, H2));
    }
  }

  @Test
  void onPostgreSqlExistingAnswersBecomeTheirRounds() throws SQLException {
    Assumptions.assumeTrue(reachable(), "no PostgreSQL on 127.0.0.1:5432");
    String schema = "shinsa_exchange_" + System.currentTimeMillis();
    String url = "jdbc:postgresql://127.0.0.1:5432/test";
    try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
      try {
        var config = flyway(url, "postgres", schema, PG);
        c.setSchema(schema);
        migrateAndCheck(c, config);
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
      }
    }
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(
      String url, String user, String schema, Map<String, String> placeholders) {
    var config =
        Flyway.configure()
            .dataSource(url, user, "")
            .locations("classpath:db/migration")
            .placeholders(placeholders);
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    return config;
  }

  private static void migrateAndCheck(
      Connection c, org.flywaydb.core.api.configuration.FluentConfiguration config)
      throws SQLException {
    config.target(MigrationVersion.fromVersion("8")).load().migrate();
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO organisation (id, code, name, kind, created_at) VALUES"
              + " (1, 'agency', '庁', 'AGENCY', TIMESTAMP '2026-01-01 00:00:00'),"
              + " (2, 'vendor', '社', 'COMPANY', TIMESTAMP '2026-01-01 00:00:00')");
      s.execute(
          "INSERT INTO questionnaire (id, buyer_organisation_id, vendor_organisation_id,"
              + " procurement_title, procurement_model, catalogue_version, status, created_at,"
              + " updated_at, submitted_at) VALUES (1, 1, 2, 'T', 'M1', 'v1', 'RESUBMITTED',"
              + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-05 00:00:00',"
              + " TIMESTAMP '2026-01-05 00:00:00')");
      s.execute(
          "INSERT INTO question (id, questionnaire_id, question_number, item_id, required) VALUES"
              + " (1, 1, 1, 'DA-DATA-01', TRUE), (2, 1, 2, 'DA-RISK-05', TRUE),"
              + " (3, 1, 3, 'AUD-01', FALSE)");
      // Q1: accepted in round 1. Q2: resubmitted after one request, undecided (round 2).
      // Q3: clarification requested twice, vendor revising its draft (request of round 2).
      s.execute(
          "INSERT INTO answer (id, question_id, answer_value, explanation, state, decision,"
              + " officer_request, clarification_rounds, answered_at, decided_at) VALUES"
              + " (1, 1, 'YES', 'e1', 'SUBMITTED', 'ACCEPTED', NULL, 0,"
              + "  TIMESTAMP '2026-01-02 00:00:00', TIMESTAMP '2026-01-03 00:00:00'),"
              + " (2, 2, 'PARTLY', 'e2', 'SUBMITTED', NULL, 'why?', 1,"
              + "  TIMESTAMP '2026-01-04 00:00:00', TIMESTAMP '2026-01-03 00:00:00'),"
              + " (3, 3, 'NO', 'e3', 'DRAFT', 'CLARIFICATION_REQUESTED', 'again?', 2,"
              + "  TIMESTAMP '2026-01-06 00:00:00', TIMESTAMP '2026-01-05 00:00:00')");
      try (var insert =
          c.prepareStatement("INSERT INTO evidence_content (id, content) VALUES (?, ?)")) {
        for (int id = 1; id <= 2; id++) {
          insert.setInt(1, id);
          insert.setBytes(2, new byte[] {(byte) ('@' + id)});
          insert.executeUpdate();
        }
      }
      s.execute(
          "INSERT INTO evidence_file (id, answer_id, file_name, media_type, size_bytes, sha256,"
              + " period_from, uploaded_at, content_id) VALUES"
              + " (1, 2, 'a.txt', 'text/plain', 1, '"
              + "a".repeat(64)
              + "', DATE '2025-04-01', TIMESTAMP '2026-01-04 00:00:00', 1),"
              + " (2, 2, 'b.txt', 'text/plain', 1, '"
              + "b".repeat(64)
              + "', NULL, TIMESTAMP '2026-01-04 00:00:00', 2)");
    }

    config.target(MigrationVersion.LATEST).load().migrate();

    assertEquals(
        List.of(
            "1|1|1|ANSWER_SUBMITTED|YES|null|null",
            "1|2|1|OFFICER_DECISION|null|ACCEPTED|null",
            "2|1|2|ANSWER_SUBMITTED|PARTLY|null|null",
            "3|1|2|OFFICER_DECISION|null|CLARIFICATION_REQUESTED|again?"),
        rows(
            c,
            "SELECT answer_id, seq, round_no, kind, answer_value, decision, request_text"
                + " FROM answer_exchange ORDER BY answer_id, seq"));
    assertEquals(
        List.of("0|a.txt|2025-04-01", "1|b.txt|null"),
        rows(
            c,
            "SELECT entry_position, file_name, period_from FROM answer_exchange_evidence"
                + " WHERE entry_id = -4 ORDER BY entry_position"));
    assertEquals(List.of("AGENCY_REQUEST"), rows(c, "SELECT kind FROM questionnaire"));
    try (Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO questionnaire (id, buyer_organisation_id, vendor_organisation_id,"
              + " procurement_title, procurement_model, catalogue_version, status, created_at,"
              + " updated_at, kind) VALUES (2, 2, 2, 'S', 'M1', 'v1', 'PREPARING',"
              + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00',"
              + " 'SELF_ASSESSMENT')");
      assertThrows(
          SQLException.class,
          () ->
              s.execute(
                  "INSERT INTO questionnaire (id, buyer_organisation_id, vendor_organisation_id,"
                      + " procurement_title, procurement_model, catalogue_version, status,"
                      + " created_at, updated_at) VALUES (3, 2, 2, 'A', 'M1', 'v1', 'DRAFT',"
                      + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00')"),
          "an agency questionnaire to one's own organisation is still refused");
    }
  }

  private static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i == 1 ? "" : "|").append(r.getString(i));
        }
        rows.add(b.toString());
      }
    }
    return rows;
  }

  private static boolean reachable() {
    try (Connection c =
        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
