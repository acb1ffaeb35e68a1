package jp.shinsa.application.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.domain.audit.AuditChainVerifier;
import jp.shinsa.domain.audit.AuditEntry;
import jp.shinsa.domain.audit.AuditVerification;

/**
 * Reading and verifying the trail, for administrators. Entries are read past the shared cache: a
 * row changed directly in the database must be seen as it now is, or verification would vouch for a
 * copy held in memory.
 */
@RequestScoped
@Transactional
public class AuditService {

  private static final int PAGE = 500;

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private CurrentUser currentUser;

  /** Walks the whole trail in pages and reports the first broken entry, if any. */
  public AuditVerification verify() {
    requireAdmin();
    long next = 1;
    String previous = AuditEntry.GENESIS;
    int checked = 0;
    while (true) {
      List<AuditEntry> page = page(next - 1, PAGE);
      AuditVerification v = AuditChainVerifier.verify(page, next, previous);
      if (!v.intact()) {
        var b = v.firstBreak().get();
        return new AuditVerification(
            checked + v.entriesChecked(),
            java.util.Optional.of(
                new jp.shinsa.domain.audit.AuditChainBreak(
                    checked + b.position(), b.sequenceNumber(), b.problem(), b.message())),
            v.headHash());
      }
      checked += page.size();
      if (page.size() < PAGE) {
        return new AuditVerification(checked, java.util.Optional.empty(), v.headHash());
      }
      next = page.get(page.size() - 1).getSequenceNumber() + 1;
      previous = v.headHash();
    }
  }

  /** The most recent entries, newest first. */
  public List<AuditEntry> latest(int max) {
    requireAdmin();
    return em.createQuery(
            "SELECT a FROM AuditEntry a ORDER BY a.sequenceNumber DESC", AuditEntry.class)
        .setHint("eclipselink.refresh", "true")
        .setMaxResults(max)
        .getResultList();
  }

  /** Entries about one subject, oldest first (e.g. a remediation item's record). */
  public List<AuditEntry> about(String subjectType, String subjectId) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.subjectType = :t AND a.subjectId = :i"
                + " ORDER BY a.sequenceNumber",
            AuditEntry.class)
        .setParameter("t", subjectType)
        .setParameter("i", subjectId)
        .setHint("eclipselink.refresh", "true")
        .getResultList();
  }

  /** Entries after a given sequence number in order; gaps show up as a sequence break. */
  private List<AuditEntry> page(long afterSeq, int size) {
    return em.createQuery(
            "SELECT a FROM AuditEntry a WHERE a.sequenceNumber > :s ORDER BY a.sequenceNumber",
            AuditEntry.class)
        .setParameter("s", afterSeq)
        .setHint("eclipselink.refresh", "true")
        .setMaxResults(size)
        .getResultList();
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw new SecurityException("Only administrators read the audit trail");
    }
  }
}
