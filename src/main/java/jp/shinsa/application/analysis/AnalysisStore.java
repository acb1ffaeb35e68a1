package jp.shinsa.application.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.shinsa.domain.contract.Clause;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.contract.LineBox;
import jp.shinsa.domain.contract.PageWarning;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.Party;
import jp.shinsa.domain.contract.ProcessingStatus;
import jp.shinsa.domain.finding.Finding;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;

/**
 * Writes an analysis in one transaction, and only if this node still holds the job: a node that
 * lost its lease (paused, partitioned) must not overwrite the result of the node that took over.
 */
@ApplicationScoped
public class AnalysisStore {

  /**
   * Built once: every Json.createXxxBuilder call looks the JSON-P provider up again through the
   * service loader (a class-path scan), which cost more than the SQL of storing an analysis. A
   * builder factory is safe for concurrent use.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * @return false when the job is no longer this node's; nothing was written
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean store(
      long versionId, String node, ContractAnalyser.Analysis analysis, String catalogueVersion) {
    ContractVersion version =
        em.find(ContractVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
    if (version == null
        || version.getStatus() != ProcessingStatus.PROCESSING
        || !node.equals(version.getLeaseOwner())) {
      return false;
    }
    em.createQuery("DELETE FROM Finding f WHERE f.contractVersionId = :v")
        .setParameter("v", versionId)
        .executeUpdate();
    em.createQuery("DELETE FROM Clause c WHERE c.contractVersionId = :v")
        .setParameter("v", versionId)
        .executeUpdate();
    ParsedContract parsed = analysis.contract();
    int[] ordinal = {0};
    for (ClauseNode node0 : parsed.clauses()) {
      persistTree(versionId, null, 0, node0, ordinal);
    }
    for (ItemJudgment j : analysis.judgments()) {
      em.persist(new Finding(versionId, j, evidenceJson(j.evidence()), catalogueVersion));
    }
    // Load the lazy columns first: EclipseLink fetches a partially loaded entity's missing fetch
    // group on the first write to one of them, and that fetch would undo changes made before it.
    version.getFullText();
    version.recordAnalysis(
        parsed.pageCount(),
        parsed.language().name().toLowerCase(java.util.Locale.ROOT),
        partiesJson(parsed.parties()),
        warningsJson(parsed.warnings()),
        layoutJson(parsed.lineBoxes()),
        parsed.fullText(),
        analysis.suggestion().model(),
        signals(analysis),
        catalogueVersion,
        analysis.gapCount(),
        clock.instant());
    return true;
  }

  /** Marks a job failed for good (bad file, or too many attempts). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(long versionId, String node, String code, String message) {
    ContractVersion version =
        em.find(ContractVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
    if (version != null && node.equals(version.getLeaseOwner())) {
      version.fail(code, message, clock.instant());
    }
  }

  private void persistTree(
      long versionId, Long parentId, int depth, ClauseNode node, int[] ordinal) {
    Clause clause = new Clause(versionId, parentId, ordinal[0]++, depth, node);
    em.persist(clause);
    if (!node.children().isEmpty()) {
      if (clause.getId() == null) {
        // The children need the parent's id. With SEQUENCE ids EclipseLink assigns it on
        // persist, so the clause rows go out in one JDBC batch; flushing here on every parent cut
        // the batch at each article.
        em.flush();
      }
      for (ClauseNode child : node.children()) {
        persistTree(versionId, clause.getId(), depth + 1, child, ordinal);
      }
    }
  }

  static String signals(ContractAnalyser.Analysis analysis) {
    String s =
        analysis.suggestion().signals().stream()
            .map(sig -> sig.toString())
            .collect(Collectors.joining("; "));
    return s.length() > 2000 ? s.substring(0, 1999) + "…" : s;
  }

  static String evidenceJson(List<Evidence> evidence) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (Evidence e : evidence) {
      a.add(
          JSON.createObjectBuilder()
              .add("clauseRef", nz(e.clauseRef()))
              .add("clausePath", nz(e.clausePath()))
              .add("page", e.page())
              .add("quote", nz(e.quote())));
    }
    return a.build().toString();
  }

  static String partiesJson(List<Party> parties) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (Party p : parties) {
      a.add(
          JSON.createObjectBuilder()
              .add("role", p.role().name())
              .add("labels", JSON.createArrayBuilder(p.labels()))
              .add("name", nz(p.name())));
    }
    return a.build().toString();
  }

  static String warningsJson(List<PageWarning> warnings) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (PageWarning w : warnings) {
      a.add(
          JSON.createObjectBuilder()
              .add("page", w.page())
              .add("code", w.code())
              .add("message", nz(w.message())));
    }
    return a.build().toString();
  }

  /** Compact: [page, x, y, w, h, start, end, ocr] per line; read back by the viewer. */
  static String layoutJson(List<LineBox> boxes) {
    StringBuilder sb = new StringBuilder(boxes.size() * 40).append('[');
    for (int i = 0; i < boxes.size(); i++) {
      LineBox b = boxes.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append('[')
          .append(b.page())
          .append(',')
          .append(Math.round(b.x() * 10) / 10.0)
          .append(',')
          .append(Math.round(b.y() * 10) / 10.0)
          .append(',')
          .append(Math.round(b.width() * 10) / 10.0)
          .append(',')
          .append(Math.round(b.height() * 10) / 10.0)
          .append(',')
          .append(b.startOffset())
          .append(',')
          .append(b.endOffset())
          .append(',')
          .append(b.ocr() ? 1 : 0)
          .append(']');
    }
    return sb.append(']').toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
