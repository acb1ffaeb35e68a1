package jp.shinsa.domain.remediation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.Outcome;

/**
 * A gap in one contract that somebody has to get fixed. The item moves only through the methods
 * below, each of which checks {@link RemediationState#canMoveTo}, records who did it and when in
 * the history, and remembers the last person to change the item so that a concurrent editor who
 * loses the optimistic-lock race can be told whose change to reload.
 *
 * <p>Waivers need a justification and an approver who is not the person asking for the waiver: a
 * waiver knowingly accepts a contract gap on behalf of a public body, so one officer alone should
 * not be able to make a gap disappear (four-eyes principle).
 */
@Entity
@Table(name = "remediation_item")
public class RemediationItem {

  @Id
  @SequenceGenerator(
      name = "remediation_item_seq",
      sequenceName = "remediation_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remediation_item_seq")
  private Long id;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private Long organisationId;

  @Column(name = "vendor_organisation_id")
  private Long vendorOrganisationId;

  @Column(name = "contract_id", nullable = false, updatable = false)
  private Long contractId;

  @Column(name = "contract_version_id", updatable = false)
  private Long contractVersionId;

  @Column(name = "item_id", nullable = false, updatable = false, length = 32)
  private String itemId;

  @Enumerated(EnumType.STRING)
  @Column(name = "finding_outcome", nullable = false, updatable = false, length = 16)
  private Outcome findingOutcome;

  @Lob
  @Column(name = "problem_ja", nullable = false)
  private String problemJa;

  @Lob
  @Column(name = "problem_en", nullable = false)
  private String problemEn;

  @Column(name = "proposed_clause_id", length = 64)
  private String proposedClauseId;

  @Lob
  @Column(name = "proposed_clause_ja")
  private String proposedClauseJa;

  @Lob
  @Column(name = "proposed_clause_en")
  private String proposedClauseEn;

  @Column(length = 100)
  private String owner;

  @Column(name = "vendor_contact", length = 300)
  private String vendorContact;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private RemediationState state;

  @Column(nullable = false, updatable = false)
  private boolean automatic;

  /** Contract version number that satisfied the item (state FIXED_IN_VERSION and after). */
  @Column(name = "fixed_in_version")
  private Integer fixedInVersion;

  @Lob
  @Column(name = "waiver_justification")
  private String waiverJustification;

  @Column(name = "waiver_requested_by", length = 100)
  private String waiverRequestedBy;

  @Column(name = "waiver_approver", length = 100)
  private String waiverApprover;

  @Column(name = "created_by", nullable = false, updatable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_changed_by", nullable = false, length = 100)
  private String lastChangedBy;

  @Column(name = "last_changed_at", nullable = false)
  private Instant lastChangedAt;

  @Version private long version;

  @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<RemediationHistoryEntry> history = new ArrayList<>();

  @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position ASC")
  private List<RemediationComment> comments = new ArrayList<>();

  protected RemediationItem() {}

  private RemediationItem(RemediationProposal proposal, String createdBy, Instant now) {
    this.organisationId = proposal.organisationId();
    this.vendorOrganisationId = proposal.vendorOrganisationId();
    this.contractId = proposal.contractId();
    this.contractVersionId = proposal.contractVersionId();
    this.itemId = proposal.itemId();
    this.findingOutcome = proposal.findingOutcome();
    this.problemJa = proposal.problem().ja();
    this.problemEn = proposal.problem().en();
    this.proposedClauseId = proposal.proposedClauseId();
    if (proposal.proposedClauseText() != null) {
      this.proposedClauseJa = proposal.proposedClauseText().ja();
      this.proposedClauseEn = proposal.proposedClauseText().en();
    }
    this.priority = proposal.priority();
    this.automatic = proposal.automatic();
    this.state = RemediationState.OPEN;
    this.createdBy = requireText(createdBy, "Who opens the item");
    this.createdAt = Objects.requireNonNull(now, "time");
    this.lastChangedBy = this.createdBy;
    this.lastChangedAt = now;
  }

  /** Opens an item; the history starts with its creation. */
  public static RemediationItem open(RemediationProposal proposal, String createdBy, Instant now) {
    if (proposal.findingOutcome() == Outcome.SATISFIED
        || proposal.findingOutcome() == Outcome.NOT_APPLICABLE) {
      throw new RemediationException(
          "There is nothing to remediate for "
              + proposal.itemId()
              + ": its finding is "
              + proposal.findingOutcome()
              + ".");
    }
    RemediationItem item = new RemediationItem(proposal, createdBy, now);
    item.record(
        item.createdBy,
        now,
        null,
        RemediationState.OPEN,
        proposal.automatic() ? "proposed automatically" : "opened");
    return item;
  }

  // --- workflow ------------------------------------------------------------------------------

  /** The officer sends the item (again) to the vendor. */
  public void sendToVendor(String actor, Instant now, String note) {
    moveTo(RemediationState.SENT_TO_VENDOR, actor, now, note);
  }

  /**
   * The vendor answers with wording for the contract: the wording goes into the comment thread and
   * the item waits for the buyer's decision.
   */
  public RemediationComment proposeWording(
      String actor, String organisation, Instant now, String message, String wording) {
    requireText(wording, "The proposed wording");
    checkMove(RemediationState.VENDOR_PROPOSED);
    RemediationComment comment = comment(actor, organisation, now, message, wording);
    moveTo(RemediationState.VENDOR_PROPOSED, actor, now, message);
    return comment;
  }

  /** The buyer does not accept the vendor's wording and sends the item back; a reason is needed. */
  public void returnToVendor(String actor, Instant now, String reason) {
    if (state != RemediationState.VENDOR_PROPOSED) {
      throw new IllegalTransitionException(itemId, state, RemediationState.SENT_TO_VENDOR);
    }
    moveTo(
        RemediationState.SENT_TO_VENDOR,
        actor,
        now,
        requireText(reason, "A reason for returning the proposal"));
  }

  public void agree(String actor, Instant now, String note) {
    moveTo(RemediationState.AGREED, actor, now, note);
  }

  /**
   * A newly judged contract version satisfies the item: it waits for an officer to verify. Called
   * by the new-version flow through {@link RemediationPolicy}.
   */
  public void markFixedInVersion(int versionNumber, String actor, Instant now) {
    if (versionNumber < 1) {
      throw new IllegalArgumentException("version numbers start at 1");
    }
    moveTo(
        RemediationState.FIXED_IN_VERSION,
        actor,
        now,
        "fixed in version " + versionNumber + " — verify");
    this.fixedInVersion = versionNumber;
  }

  /** The officer confirms that the fix is in the contract. Closes the item. */
  public void verify(String actor, Instant now, String note) {
    moveTo(RemediationState.VERIFIED, actor, now, note);
  }

  /**
   * Accepts the gap. Closes the item.
   *
   * @param requester the officer asking for the waiver
   * @param approver the person approving it; must be someone else
   */
  public void waive(String requester, String approver, String justification, Instant now) {
    checkMove(RemediationState.WAIVED);
    String why = requireText(justification, "A justification for the waiver");
    String who = requireText(requester, "Who asks for the waiver");
    String approvedBy = requireText(approver, "An approver for the waiver");
    if (who.equalsIgnoreCase(approvedBy)) {
      throw new RemediationException(
          "A waiver must be approved by someone other than the person asking for it ("
              + who
              + ").");
    }
    moveTo(RemediationState.WAIVED, who, now, why + " (approved by " + approvedBy + ")");
    this.waiverJustification = why;
    this.waiverRequestedBy = who;
    this.waiverApprover = approvedBy;
  }

  /** Someone reopens a verified, waived or fixed item by hand; a reason is needed. */
  public void reopen(String actor, Instant now, String reason) {
    moveTo(RemediationState.REOPENED, actor, now, requireText(reason, "A reason for reopening"));
    this.fixedInVersion = null;
  }

  /** A newly judged version shows the gap again. Called through {@link RemediationPolicy}. */
  public void reopenOnRegression(int versionNumber, Outcome outcome, String actor, Instant now) {
    moveTo(
        RemediationState.REOPENED,
        actor,
        now,
        "regression: version " + versionNumber + " judged " + outcome);
    this.fixedInVersion = null;
  }

  // --- plan edits ---------------------------------------------------------------------------

  /** Changes who does what by when; recorded in the history as an edit. */
  public void plan(
      String owner,
      String vendorContact,
      LocalDate dueDate,
      Priority priority,
      String actor,
      Instant now) {
    List<String> changes = new ArrayList<>();
    if (!Objects.equals(this.owner, blankToNull(owner))) {
      changes.add("owner: " + blankToNull(owner));
      this.owner = blankToNull(owner);
    }
    if (!Objects.equals(this.vendorContact, blankToNull(vendorContact))) {
      changes.add("vendor contact: " + blankToNull(vendorContact));
      this.vendorContact = blankToNull(vendorContact);
    }
    if (!Objects.equals(this.dueDate, dueDate)) {
      changes.add("due date: " + dueDate);
      this.dueDate = dueDate;
    }
    if (priority != null && priority != this.priority) {
      changes.add("priority: " + priority);
      this.priority = priority;
    }
    if (!changes.isEmpty()) {
      record(actor, now, state, state, String.join("; ", changes));
    }
  }

  /** Adds a message to the thread; does not change the state. */
  public RemediationComment comment(
      String author, String organisation, Instant now, String text, String proposedWording) {
    RemediationComment comment =
        new RemediationComment(
            this,
            comments.size() + 1,
            requireText(author, "The author"),
            requireText(organisation, "The author's organisation"),
            Objects.requireNonNull(now, "time"),
            requireText(text, "The comment text"),
            blankToNull(proposedWording));
    comments.add(comment);
    return comment;
  }

  /** Overdue: a due date has passed while the item still waits for a fix. */
  public boolean isOverdue(LocalDate today) {
    return dueDate != null && today.isAfter(dueDate) && state.isInProgress();
  }

  // --- internals ----------------------------------------------------------------------------

  private void checkMove(RemediationState target) {
    if (!state.canMoveTo(target)) {
      throw new IllegalTransitionException(itemId, state, target);
    }
  }

  private void moveTo(RemediationState target, String actor, Instant now, String note) {
    checkMove(target);
    RemediationState from = state;
    state = target;
    record(actor, now, from, target, note);
  }

  private void record(
      String actor, Instant now, RemediationState from, RemediationState to, String note) {
    String who = requireText(actor, "Who makes the change");
    Objects.requireNonNull(now, "time");
    history.add(
        new RemediationHistoryEntry(
            this, history.size() + 1, now, who, from, to, blankToNull(note)));
    lastChangedBy = who;
    lastChangedAt = now;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new RemediationException(what + " is required.");
    }
    return value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  // --- accessors ----------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public Long getVendorOrganisationId() {
    return vendorOrganisationId;
  }

  public Long getContractId() {
    return contractId;
  }

  public Long getContractVersionId() {
    return contractVersionId;
  }

  public String getItemId() {
    return itemId;
  }

  public Outcome getFindingOutcome() {
    return findingOutcome;
  }

  public LocalizedText getProblem() {
    return new LocalizedText(problemJa, problemEn);
  }

  public String getProposedClauseId() {
    return proposedClauseId;
  }

  /** The proposed clause wording, or null when none was proposed. */
  public LocalizedText getProposedClauseText() {
    return proposedClauseJa == null && proposedClauseEn == null
        ? null
        : new LocalizedText(proposedClauseJa, proposedClauseEn);
  }

  public String getOwner() {
    return owner;
  }

  public String getVendorContact() {
    return vendorContact;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Priority getPriority() {
    return priority;
  }

  public RemediationState getState() {
    return state;
  }

  public boolean isAutomatic() {
    return automatic;
  }

  public Integer getFixedInVersion() {
    return fixedInVersion;
  }

  public String getWaiverJustification() {
    return waiverJustification;
  }

  public String getWaiverRequestedBy() {
    return waiverRequestedBy;
  }

  public String getWaiverApprover() {
    return waiverApprover;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getLastChangedBy() {
    return lastChangedBy;
  }

  public Instant getLastChangedAt() {
    return lastChangedAt;
  }

  public long getVersion() {
    return version;
  }

  public List<RemediationHistoryEntry> getHistory() {
    return Collections.unmodifiableList(history);
  }

  public List<RemediationComment> getComments() {
    return Collections.unmodifiableList(comments);
  }
}
