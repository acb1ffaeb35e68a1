package jp.shinsa.application.analysis;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shinsa.domain.contract.Clause;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.finding.Finding;
import jp.shinsa.domain.judgment.ItemJudgment;
import org.flywaydb.core.Flyway;

/**
 * The rows {@link AnalysisStore#store} writes, replayed over plain JDBC on an in-memory H2 database
 * migrated by the application's own Flyway scripts, for the ingestion benchmark (EclipseLink is
 * only in the container). Per contract, in one transaction, the same statements in the same order
 * as the JPA path: the version row locked and read, old findings and clauses deleted, one clause
 * row per node built by the real {@link Clause} entity constructor, sent as one JDBC batch as
 * EclipseLink's batch writing does (sequence ids are known on persist), one finding row per judged
 * item (real {@link Finding} entity, evidence JSON as stored), ids drawn from the sequences 50 at a
 * time as EclipseLink preallocates them, the lazy columns of the version loaded, and the version
 * updated with the analysis (parties, warnings and layout JSON built by AnalysisStore's own code).
 * H2 runs in the calling thread, so its work counts in that thread's CPU time. Not measured:
 * EclipseLink's own per-entity bookkeeping (change tracking, cache, SQL generation).
 */
public final class AnalysisStoreReplay implements AutoCloseable {

  private static final int ALLOCATION = 50;

  /** Held so that the level sticks: the benchmark's output is a table, not migration logs. */
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  static {
    FLYWAY.setLevel(Level.WARNING);
  }

  private final Connection db;
  private final long versionId = 50;
  private final IdBlock clauseIds = new IdBlock("clause_seq");
  private final IdBlock findingIds = new IdBlock("finding_seq");

  /** An in-memory database with the full schema and one contract version being processed. */
  public AnalysisStoreReplay(byte[] pdf) throws SQLException {
    String url = "jdbc:h2:mem:store" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .placeholders(Map.of("text_type", "CLOB", "binary_type", "BLOB"))
        .load()
        .migrate();
    db = DriverManager.getConnection(url, "sa", "");
    try (Statement s = db.createStatement()) {
      s.execute(
          "INSERT INTO organisation (id, code, name, kind, created_at)"
              + " VALUES (50, 'bench', 'Bench', 'AGENCY', CURRENT_TIMESTAMP)");
      s.execute(
          "INSERT INTO contract (id, owner_org_id, vendor_org_id, title, procurement_model,"
              + " created_at, created_by) VALUES (50, 50, 50, 'Bench', 'M2', CURRENT_TIMESTAMP,"
              + " 'bench')");
    }
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO contract_version (id, contract_id, version_no, file_name, sha256,"
                + " size_bytes, content, uploaded_at, uploaded_by, status, lease_owner)"
                + " VALUES (?, 50, 1, 'bench.pdf', ?, ?, ?, CURRENT_TIMESTAMP, 'bench',"
                + " 'PROCESSING', 'node')")) {
      p.setLong(1, versionId);
      p.setString(2, "0".repeat(64));
      p.setLong(3, pdf.length);
      p.setBytes(4, pdf);
      p.executeUpdate();
    }
    db.setAutoCommit(false);
  }

  /** Stores one analysis the way AnalysisStore does; returns the number of rows inserted. */
  public int store(ContractAnalyser.Analysis analysis, String catalogueVersion)
      throws SQLException {
    int rows = 0;
    try (PreparedStatement lock =
        db.prepareStatement(
            "SELECT id, contract_id, version_no, file_name, sha256, size_bytes, uploaded_at,"
                + " uploaded_by, status, progress, status_message, error_code, attempts,"
                + " lease_owner, lease_until, page_count, language, suggested_model,"
                + " model_signals, catalogue_version, processed_at, lock_version"
                + " FROM contract_version WHERE id = ? FOR UPDATE")) {
      lock.setLong(1, versionId);
      try (ResultSet r = lock.executeQuery()) {
        r.next();
      }
    }
    deleteStored();
    ParsedContract parsed = analysis.contract();
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO clause (id, contract_version_id, parent_id, ordinal, depth, kind,"
                + " printed_number, path, heading, text, page_from, page_to, start_offset,"
                + " end_offset, ocr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int[] ordinal = {0};
      for (ClauseNode node : parsed.clauses()) {
        rows += clauses(insert, null, 0, node, ordinal);
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO finding (id, contract_version_id, item_id, outcome, severity, rule_id,"
                + " reason_en, reason_ja, evidence_json, catalogue_version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ItemJudgment j : analysis.judgments()) {
        Finding f =
            new Finding(versionId, j, AnalysisStore.evidenceJson(j.evidence()), catalogueVersion);
        insert.setLong(1, findingIds.next());
        insert.setLong(2, f.getContractVersionId());
        insert.setString(3, f.getItemId());
        insert.setString(4, f.getOutcome().name());
        insert.setString(5, f.getSeverity().name());
        insert.setString(6, f.getRuleId());
        insert.setString(7, f.getReasonEn());
        insert.setString(8, f.getReasonJa());
        insert.setString(9, f.getEvidenceJson());
        insert.setString(10, f.getCatalogueVersion());
        insert.addBatch();
        rows++;
      }
      insert.executeBatch();
    }
    // version.getFullText(): EclipseLink loads the whole lazy fetch group.
    try (PreparedStatement lazy =
        db.prepareStatement(
            "SELECT content, parties_json, warnings_json, layout_json, full_text"
                + " FROM contract_version WHERE id = ?")) {
      lazy.setLong(1, versionId);
      try (ResultSet r = lazy.executeQuery()) {
        r.next();
        r.getBytes(1);
        r.getString(5);
      }
    }
    try (PreparedStatement update =
        db.prepareStatement(
            "UPDATE contract_version SET page_count = ?, language = ?, parties_json = ?,"
                + " warnings_json = ?, layout_json = ?, full_text = ?, suggested_model = ?,"
                + " model_signals = ?, catalogue_version = ?, processed_at = ?, status = ?,"
                + " progress = ?, status_message = ?, error_code = ?, lease_owner = ?,"
                + " lease_until = ?, gap_count = ?, lock_version = lock_version + 1 WHERE id = ?")) {
      update.setInt(1, parsed.pageCount());
      update.setString(2, parsed.language().name().toLowerCase(Locale.ROOT));
      update.setString(3, AnalysisStore.partiesJson(parsed.parties()));
      update.setString(4, AnalysisStore.warningsJson(parsed.warnings()));
      update.setString(5, AnalysisStore.layoutJson(parsed.lineBoxes()));
      update.setString(6, parsed.fullText());
      update.setString(7, analysis.suggestion().model().name());
      update.setString(8, AnalysisStore.signals(analysis));
      update.setString(9, catalogueVersion);
      update.setTimestamp(10, Timestamp.from(Instant.now()));
      update.setString(11, "ANALYSED");
      update.setInt(12, 100);
      update.setNull(13, Types.VARCHAR);
      update.setNull(14, Types.VARCHAR);
      update.setNull(15, Types.VARCHAR);
      update.setNull(16, Types.TIMESTAMP);
      update.setInt(17, analysis.gapCount());
      update.setLong(18, versionId);
      update.executeUpdate();
    }
    db.commit();
    return rows;
  }

  /** Mirrors AnalysisStore.persistTree (ids known on persist: one batch for the whole tree). */
  private int clauses(
      PreparedStatement insert, Long parentId, int depth, ClauseNode node, int[] ordinal)
      throws SQLException {
    Clause c = new Clause(versionId, parentId, ordinal[0]++, depth, node);
    long id = clauseIds.next();
    insert.setLong(1, id);
    insert.setLong(2, c.getContractVersionId());
    if (c.getParentId() == null) {
      insert.setNull(3, Types.BIGINT);
    } else {
      insert.setLong(3, c.getParentId());
    }
    insert.setInt(4, c.getOrdinal());
    insert.setInt(5, c.getDepth());
    insert.setString(6, c.getKind().name());
    insert.setString(7, c.getPrintedNumber());
    insert.setString(8, c.getPath());
    insert.setString(9, c.getHeading());
    insert.setString(10, c.getText());
    insert.setInt(11, c.getPageFrom());
    insert.setInt(12, c.getPageTo());
    insert.setInt(13, c.getStartOffset());
    insert.setInt(14, c.getEndOffset());
    insert.setBoolean(15, c.isOcr());
    insert.addBatch();
    int rows = 1;
    if (!node.children().isEmpty()) {
      for (ClauseNode child : node.children()) {
        rows += clauses(insert, id, depth + 1, child, ordinal);
      }
    }
    return rows;
  }

  /** Sequence values drawn 50 at a time, as EclipseLink preallocates them. */
  private final class IdBlock {
    private final String sequence;
    private long next;
    private long end;

    IdBlock(String sequence) {
      this.sequence = sequence;
    }

    long next() throws SQLException {
      if (next == end) {
        try (Statement s = db.createStatement();
            ResultSet r = s.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
          r.next();
          end = r.getLong(1);
          next = end - ALLOCATION;
        }
      }
      return next++;
    }
  }

  /** Removes a stored analysis (not timed), so that every store is a first analysis. */
  public void reset() throws SQLException {
    deleteStored();
    db.commit();
  }

  private void deleteStored() throws SQLException {
    for (String table : new String[] {"finding", "clause"}) {
      try (PreparedStatement d =
          db.prepareStatement("DELETE FROM " + table + " WHERE contract_version_id = ?")) {
        d.setLong(1, versionId);
        d.executeUpdate();
      }
    }
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
