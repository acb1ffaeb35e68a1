package jp.shinsa.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.domain.audit.AuditEntry;
import jp.shinsa.domain.audit.AuditEvent;
import jp.shinsa.domain.identity.UserAccount;

/**
 * Appends entries to the hash-chained trail. Appends join the caller's transaction so that an
 * action is never committed without its record. They are serialised by locking the single row of
 * {@code audit_lock} before the head is read: a second writer waits for the first to commit and
 * then sees its entry as the head, so sequence numbers never collide and the chain stays linear.
 */
@ApplicationScoped
public class AuditTrail {

  /** Actor of automatic steps (analysis reactions). */
  public static final String SYSTEM = "system";

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;

  /** Records an action of the signed-in caller. */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry byCaller(
      String action, String subjectType, Object subjectId, Map<String, ?> details) {
    UserAccount caller = currentUser.require();
    return append(
        caller.getUsername(),
        caller.getOrganisation().getCode(),
        action,
        subjectType,
        subjectId,
        details);
  }

  /** Records an action of a named actor (or {@link #SYSTEM}). */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEntry append(
      String actor,
      String organisation,
      String action,
      String subjectType,
      Object subjectId,
      Map<String, ?> details) {
    AuditEvent event =
        new AuditEvent(
            clock.instant(),
            actor,
            organisation,
            action,
            subjectType,
            subjectId == null ? null : String.valueOf(subjectId),
            json(details));
    em.createNativeQuery("SELECT id FROM audit_lock WHERE id = 1 FOR UPDATE").getResultList();
    List<AuditEntry> head =
        em.createQuery(
                "SELECT a FROM AuditEntry a ORDER BY a.sequenceNumber DESC", AuditEntry.class)
            .setMaxResults(1)
            .getResultList();
    AuditEntry entry = AuditEntry.append(head.isEmpty() ? null : head.get(0), event);
    em.persist(entry);
    em.flush();
    LOG.fine(() -> "event=audit.appended " + entry);
    return entry;
  }

  /** Details as alternating keys and values, in order; null values are kept as JSON null. */
  public static Map<String, Object> details(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    return map;
  }

  private static String json(Map<String, ?> details) {
    if (details == null || details.isEmpty()) {
      return null;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    details.forEach(
        (k, v) -> {
          if (v == null) {
            b.addNull(k);
          } else if (v instanceof Number n) {
            b.add(k, n.longValue());
          } else if (v instanceof Boolean bool) {
            b.add(k, bool);
          } else {
            b.add(k, String.valueOf(v));
          }
        });
    return b.build().toString();
  }
}
