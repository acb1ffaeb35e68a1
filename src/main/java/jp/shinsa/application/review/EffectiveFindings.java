package jp.shinsa.application.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.contract.Clause;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.finding.Finding;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.review.ClauseFingerprint;
import jp.shinsa.domain.review.FindingRef;
import jp.shinsa.domain.review.Review;
import jp.shinsa.domain.review.Reviews;

/**
 * The findings of a version with reviews and remediation items applied. No tenancy check here:
 * callers have already established that the version is visible (request services) or act for the
 * system (reactions to a finished analysis, which run outside any request).
 */
@ApplicationScoped
@Transactional
public class EffectiveFindings {

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private CatalogueService catalogues;

  /** The catalogue a version was judged under (the active one if that version is gone). */
  public Catalogue catalogueOf(ContractVersion version) {
    String v = version.getCatalogueVersion();
    Optional<Catalogue> judgedUnder = v == null ? Optional.empty() : catalogues.version(v);
    return judgedUnder.orElseGet(catalogues::active);
  }

  /**
   * Versions whose stored findings were read recently, keyed so that a re-analysis (which updates
   * the version row, see {@link ContractVersion#getLockVersion()}) or another catalogue misses.
   * About 0.1–0.5 MB each with long quotes; a bounded number keeps the heap flat however many
   * contracts are browsed.
   */
  private static final int RECENT_VERSIONS = 64;

  private record JudgedKey(long versionId, long rowVersion, String catalogueVersion) {}

  private final RecentlyRead<JudgedKey, JudgedVersion> judged = new RecentlyRead<>(RECENT_VERSIONS);

  /**
   * The version's stored judgments placed in their catalogue. Read from the database (findings and
   * clause texts, evidence parsed, fingerprints hashed) once per analysis, then from memory: the
   * findings page and every review read them.
   */
  public JudgedVersion judged(ContractVersion version) {
    Catalogue catalogue = catalogueOf(version);
    return judged.get(
        new JudgedKey(version.getId(), version.getLockVersion(), catalogue.version()),
        key -> {
          Map<String, String> clauseText = clauseTextByPath(key.versionId());
          return JudgedVersion.of(
              findings(key.versionId()).stream().map(StoredFindings::judgment).toList(),
              catalogue,
              clauseText::get);
        });
  }

  public List<ReviewedFinding> of(ContractVersion version) {
    long contractId = version.getContract().getId();
    List<Review> reviews = reviews(contractId);
    Map<String, RemediationItem> items = new HashMap<>();
    for (RemediationItem i : remediationItems(contractId)) {
      items.putIfAbsent(i.getItemId(), i);
    }
    List<ReviewedFinding> result = new ArrayList<>();
    for (JudgedVersion.Judged f : judged(version).findings()) {
      ItemJudgment j = f.judgment();
      Optional<Review> review =
          Reviews.applicable(reviews, j.itemId(), f.fingerprint(), j.outcome());
      result.add(
          new ReviewedFinding(
              f.item(),
              f.groupCode(),
              f.groupTitle(),
              j,
              review.map(r -> r.effectiveOutcome(j.outcome())).orElse(j.outcome()),
              review.orElse(null),
              items.get(j.itemId())));
    }
    return result;
  }

  /** What a review of one finding of this version is about. */
  public FindingRef refOf(ContractVersion version, Finding finding) {
    ItemJudgment j = StoredFindings.judgment(finding);
    Map<String, String> clauseText = clauseTextByPath(version.getId());
    ClauseFingerprint fp = ClauseFingerprint.ofFinding(j, clauseText::get);
    String path = j.evidence().isEmpty() ? null : j.evidence().get(0).clausePath();
    return new FindingRef(
        version.getContract().getOwner().getId(),
        version.getContract().getId(),
        version.getId(),
        j.itemId(),
        j.outcome(),
        fp,
        path);
  }

  public List<Finding> findings(long versionId) {
    return em.createQuery(
            "SELECT f FROM Finding f WHERE f.contractVersionId = :v ORDER BY f.id", Finding.class)
        .setParameter("v", versionId)
        .getResultList();
  }

  public List<Review> reviews(long contractId) {
    return em.createQuery("SELECT r FROM Review r WHERE r.contractId = :c", Review.class)
        .setParameter("c", contractId)
        .getResultList();
  }

  public List<RemediationItem> remediationItems(long contractId) {
    return em.createQuery(
            "SELECT i FROM RemediationItem i WHERE i.contractId = :c ORDER BY i.id",
            RemediationItem.class)
        .setParameter("c", contractId)
        .getResultList();
  }

  private Map<String, String> clauseTextByPath(long versionId) {
    Map<String, String> byPath = new HashMap<>();
    for (Clause c :
        em.createQuery(
                "SELECT c FROM Clause c WHERE c.contractVersionId = :v ORDER BY c.ordinal",
                Clause.class)
            .setParameter("v", versionId)
            .getResultList()) {
      if (c.getPath() != null) {
        byPath.putIfAbsent(c.getPath(), c.getText());
      }
    }
    return byPath;
  }
}
