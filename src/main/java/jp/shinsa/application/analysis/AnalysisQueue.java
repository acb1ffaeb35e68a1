package jp.shinsa.application.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The analysis job queue, kept in the contract_version table itself so that an acknowledged upload
 * and its job are one row committed together. A worker claims the oldest waiting row with {@code
 * SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both support it), so several nodes can
 * share one database without taking the same job; the claim is a lease, and a row whose lease has
 * run out (its node died) is claimed again by whoever comes next.
 */
@ApplicationScoped
public class AnalysisQueue {

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  /** Claims the next job for this node, or nothing when the queue is empty. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Long> claim(String node, Duration lease, Instant now) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM contract_version"
                    + " WHERE status = 'QUEUED' OR (status = 'PROCESSING' AND lease_until < ?1)"
                    + " ORDER BY id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    long id = ((Number) ids.get(0)).longValue();
    em.createNativeQuery(
            "UPDATE contract_version SET status = 'PROCESSING', lease_owner = ?1, lease_until = ?2,"
                + " attempts = attempts + 1, progress = 5, lock_version = lock_version + 1"
                + " WHERE id = ?3")
        .setParameter(1, node)
        .setParameter(2, Timestamp.from(now.plus(lease)))
        .setParameter(3, id)
        .executeUpdate();
    return Optional.of(id);
  }

  /**
   * Extends the lease and records progress, only while this node still holds the job.
   *
   * @return false when the job was taken over (the lease ran out): the caller must stop
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean heartbeat(
      long id, String node, Duration lease, Instant now, int progress, String message) {
    return em.createNativeQuery(
                "UPDATE contract_version SET lease_until = ?1, progress = ?2, status_message = ?3,"
                    + " lock_version = lock_version + 1"
                    + " WHERE id = ?4 AND lease_owner = ?5 AND status = 'PROCESSING'")
            .setParameter(1, Timestamp.from(now.plus(lease)))
            .setParameter(2, progress)
            .setParameter(3, message)
            .setParameter(4, id)
            .setParameter(5, node)
            .executeUpdate()
        == 1;
  }

  /** Gives a job back to the queue after a failure that may not recur (up to the attempt limit). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(long id, String node, String message) {
    em.createNativeQuery(
            "UPDATE contract_version SET status = 'QUEUED', lease_owner = NULL, lease_until = NULL,"
                + " status_message = ?1, lock_version = lock_version + 1"
                + " WHERE id = ?2 AND lease_owner = ?3")
        .setParameter(1, message)
        .setParameter(2, id)
        .setParameter(3, node)
        .executeUpdate();
  }

  /** How many jobs are waiting or running, for health and the dashboard. */
  @Transactional
  public long backlog() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM contract_version WHERE status IN ('QUEUED', 'PROCESSING')")
                .getSingleResult())
        .longValue();
  }
}
