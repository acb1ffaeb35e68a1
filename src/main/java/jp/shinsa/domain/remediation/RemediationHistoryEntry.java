package jp.shinsa.domain.remediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a remediation item: a state transition (from ≠ to), or an edit of its plan (owner,
 * due date, ...) with from = to and the note saying what changed. Creation is recorded with no
 * from-state. Entries are only ever added.
 */
@Entity
@Table(name = "remediation_history")
public class RemediationHistoryEntry {

  @Id
  @SequenceGenerator(
      name = "remediation_history_seq",
      sequenceName = "remediation_history_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remediation_history_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "remediation_item_id", nullable = false, updatable = false)
  private RemediationItem item;

  /** Position in the item's history: orders entries that share a timestamp. */
  @Column(name = "entry_no", nullable = false, updatable = false)
  private int position;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant at;

  @Column(nullable = false, updatable = false, length = 100)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", updatable = false, length = 20)
  private RemediationState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, updatable = false, length = 20)
  private RemediationState toState;

  @Column(updatable = false, length = 4000)
  private String note;

  protected RemediationHistoryEntry() {}

  RemediationHistoryEntry(
      RemediationItem item,
      int position,
      Instant at,
      String actor,
      RemediationState fromState,
      RemediationState toState,
      String note) {
    this.item = item;
    this.position = position;
    this.at = at;
    this.actor = actor;
    this.fromState = fromState;
    this.toState = toState;
    this.note = note;
  }

  public boolean isTransition() {
    return fromState != toState;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public RemediationState getFromState() {
    return fromState;
  }

  public RemediationState getToState() {
    return toState;
  }

  public String getNote() {
    return note;
  }
}
