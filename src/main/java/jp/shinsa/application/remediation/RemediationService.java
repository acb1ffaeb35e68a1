package jp.shinsa.application.remediation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.shinsa.application.audit.AuditTrail;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.review.EffectiveFindings;
import jp.shinsa.application.review.ReviewedFinding;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.identity.UserAccount;
import jp.shinsa.domain.identity.UserAccountRepository;
import jp.shinsa.domain.remediation.Priority;
import jp.shinsa.domain.remediation.RemediationException;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationState;

/**
 * What officers and vendors do with remediation items. The buyer's officers run the workflow; the
 * vendor's staff see the items of their own organisation's contracts once they were sent, answer
 * and propose wording. Every change names the version of the item the caller saw: if someone
 * changed it in between, nothing is stored and the caller is told who changed it.
 */
@RequestScoped
@Transactional
public class RemediationService {

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private ContractService contracts;
  @Inject private EffectiveFindings effective;
  @Inject private RemediationProposer proposer;
  @Inject private UserAccountRepository accounts;

  // --- reading ------------------------------------------------------------------------------

  /** Items the caller may see: the own organisation's, or (vendors) those sent to it. */
  public List<RemediationItem> list() {
    return visible("SELECT i", null, null, BY_CONTRACT, RemediationItem.class).getResultList();
  }

  /**
   * One page of {@link #list()}, narrowed to one contract and to one state when given: the list
   * page reads the rows it shows, not every item of the organisation.
   */
  public List<RemediationItem> page(Long contractId, RemediationState state, int first, int max) {
    return visible("SELECT i", contractId, state, BY_CONTRACT, RemediationItem.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many items {@link #page} pages through. */
  public long count(Long contractId, RemediationState state) {
    return visible("SELECT COUNT(i)", contractId, state, "", Long.class).getSingleResult();
  }

  private static final String BY_CONTRACT = " ORDER BY i.contractId DESC, i.id";

  private <T> TypedQuery<T> visible(
      String select, Long contractId, RemediationState state, String order, Class<T> type) {
    TypedQuery<T> q =
        em.createQuery(
                select
                    + " FROM RemediationItem i WHERE (i.organisationId = :org"
                    + " OR (i.vendorOrganisationId = :org AND i.state <> :open))"
                    + (contractId == null ? "" : " AND i.contractId = :contract")
                    + (state == null ? "" : " AND i.state = :state")
                    + order,
                type)
            .setParameter("org", currentUser.organisationId())
            .setParameter("open", RemediationState.OPEN);
    if (contractId != null) {
      q.setParameter("contract", contractId);
    }
    if (state != null) {
      q.setParameter("state", state);
    }
    return q;
  }

  public RemediationItem require(long id) {
    RemediationItem item = em.find(RemediationItem.class, id);
    if (item == null || !visible(item)) {
      throw new RemediationNotFoundException();
    }
    return item;
  }

  /** Whether the caller runs the workflow of this item (an officer of the buyer). */
  public boolean isBuyerSide(RemediationItem item) {
    return currentUser.isOfficer() && item.getOrganisationId() == currentUser.organisationId();
  }

  /** Whether the caller answers this item for the vendor. */
  public boolean isVendorSide(RemediationItem item) {
    return currentUser.isVendor()
        && item.getVendorOrganisationId() != null
        && item.getVendorOrganisationId() == currentUser.organisationId();
  }

  private boolean visible(RemediationItem item) {
    long org = currentUser.organisationId();
    return item.getOrganisationId() == org
        || (item.getVendorOrganisationId() != null
            && item.getVendorOrganisationId() == org
            && item.getState() != RemediationState.OPEN);
  }

  // --- opening ------------------------------------------------------------------------------

  /** An officer opens an item for a gap of the latest version that the policy did not cover. */
  public RemediationItem open(long contractId, String itemId) {
    Contract contract = contracts.require(contractId);
    if (!currentUser.isOfficer() || contract.getOwner().getId() != currentUser.organisationId()) {
      throw new SecurityException("Only the buyer's officers open remediation items");
    }
    ContractVersion latest = contracts.latestVersion(contractId);
    ReviewedFinding finding =
        effective.of(latest).stream()
            .filter(f -> f.itemId().equals(itemId))
            .findFirst()
            .orElseThrow(
                () -> new RemediationException("The latest version has no finding for " + itemId));
    if (finding.remediation() != null) {
      throw new RemediationException(
          itemId + " already has remediation item #" + finding.remediation().getId() + ".");
    }
    return proposer.open(latest, finding, false, currentUser.getUsername());
  }

  // --- the buyer's workflow -----------------------------------------------------------------

  public RemediationItem send(long id, Long seenVersion, String note) {
    return buyerAction(
        id, seenVersion, "sent", i -> i.sendToVendor(who(), clock.instant(), note), note);
  }

  public RemediationItem returnToVendor(long id, Long seenVersion, String reason) {
    return buyerAction(
        id, seenVersion, "returned", i -> i.returnToVendor(who(), clock.instant(), reason), reason);
  }

  public RemediationItem agree(long id, Long seenVersion, String note) {
    return buyerAction(id, seenVersion, "agreed", i -> i.agree(who(), clock.instant(), note), note);
  }

  public RemediationItem verify(long id, Long seenVersion, String note) {
    return buyerAction(
        id, seenVersion, "verified", i -> i.verify(who(), clock.instant(), note), note);
  }

  public RemediationItem reopen(long id, Long seenVersion, String reason) {
    return buyerAction(
        id, seenVersion, "reopened", i -> i.reopen(who(), clock.instant(), reason), reason);
  }

  /**
   * Waives the gap. The approver must be another officer of the same organisation: the waiver is
   * recorded with both names (four-eyes principle).
   */
  public RemediationItem waive(long id, Long seenVersion, String approver, String justification) {
    RemediationItem probe = require(id);
    UserAccount approving =
        accounts
            .findByUsername(approver == null ? "" : approver.strip())
            .filter(a -> a.hasRole(Role.OFFICER))
            .filter(a -> a.getOrganisation().getId().equals(probe.getOrganisationId()))
            .orElseThrow(
                () ->
                    new RemediationException(
                        "The approver must be an officer of the buyer organisation."));
    return buyerAction(
        id,
        seenVersion,
        "waived",
        i -> i.waive(who(), approving.getUsername(), justification, clock.instant()),
        justification + " (approved by " + approving.getUsername() + ")");
  }

  /** Owner, vendor contact, due date and priority. */
  public RemediationItem plan(
      long id,
      Long seenVersion,
      String owner,
      String vendorContact,
      LocalDate dueDate,
      Priority priority) {
    return buyerAction(
        id,
        seenVersion,
        "planned",
        i -> i.plan(owner, vendorContact, dueDate, priority, who(), clock.instant()),
        "owner="
            + owner
            + "; vendorContact="
            + vendorContact
            + "; due="
            + dueDate
            + "; priority="
            + priority);
  }

  // --- the vendor's side --------------------------------------------------------------------

  public RemediationItem proposeWording(long id, Long seenVersion, String message, String wording) {
    RemediationItem item = require(id);
    if (!isVendorSide(item)) {
      throw new SecurityException("Only the vendor proposes wording");
    }
    return change(
        item,
        seenVersion,
        "vendor-proposed",
        i ->
            i.proposeWording(
                who(),
                currentUser.organisation().getName(),
                clock.instant(),
                message == null || message.isBlank() ? "—" : message,
                wording),
        message);
  }

  /** Either side adds to the thread. */
  public RemediationItem comment(long id, String text, String proposedWording) {
    RemediationItem item = require(id);
    if (!isBuyerSide(item) && !isVendorSide(item)) {
      throw new SecurityException("Only the buyer's officers and the vendor comment on items");
    }
    item.comment(
        who(), currentUser.organisation().getName(), clock.instant(), text, proposedWording);
    em.flush();
    audit.byCaller(
        "remediation.commented",
        "remediation-item",
        item.getId(),
        AuditTrail.details(
            "item",
            item.getItemId(),
            "withWording",
            proposedWording != null && !proposedWording.isBlank()));
    return item;
  }

  // --- internals ----------------------------------------------------------------------------

  private RemediationItem buyerAction(
      long id, Long seenVersion, String action, Consumer<RemediationItem> change, String note) {
    RemediationItem item = require(id);
    if (!isBuyerSide(item)) {
      throw new SecurityException("Only the buyer's officers run the remediation workflow");
    }
    return change(item, seenVersion, action, change, note);
  }

  private RemediationItem change(
      RemediationItem item,
      Long seenVersion,
      String action,
      Consumer<RemediationItem> change,
      String note) {
    if (seenVersion != null && seenVersion != item.getVersion()) {
      throw new ConcurrentChangeException(item.getLastChangedBy(), item.getLastChangedAt());
    }
    RemediationState from = item.getState();
    change.accept(item);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException(lastChangedBy(item.getId()), null);
    }
    Map<String, Object> details =
        AuditTrail.details(
            "item",
            item.getItemId(),
            "from",
            from.name(),
            "to",
            item.getState().name(),
            "note",
            note == null || note.length() <= 500 ? note : note.substring(0, 500) + "…");
    audit.byCaller("remediation." + action, "remediation-item", item.getId(), details);
    return item;
  }

  private String lastChangedBy(long id) {
    try {
      Object who =
          em.createNativeQuery("SELECT last_changed_by FROM remediation_item WHERE id = ?1")
              .setParameter(1, id)
              .getSingleResult();
      return who == null ? null : who.toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private String who() {
    return currentUser.getUsername();
  }
}
