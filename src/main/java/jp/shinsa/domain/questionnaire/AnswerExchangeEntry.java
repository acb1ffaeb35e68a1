package jp.shinsa.domain.questionnaire;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the exchange about a question, kept for good: an answer as it was submitted (value,
 * explanation, the evidence files it carried, who, when) or the officer's verdict on it (accepted,
 * or clarification asked with the question, who, when). Entries are only ever appended, so after
 * three clarification rounds both sides can still read what was answered and asked in round one.
 * Evidence is recorded by name, period and SHA-256 ({@link SubmittedEvidence}) rather than only by
 * row, because a vendor may remove a file from the current answer; the record of what was submitted
 * must not change with it.
 */
@Entity
@Table(name = "answer_exchange")
public class AnswerExchangeEntry {

  /** What the entry records. */
  public enum Kind {
    /** The vendor (or the supplier completing its self-assessment) submitted the answer. */
    ANSWER_SUBMITTED,
    /** The officer decided on the submitted answer of that round. */
    OFFICER_DECISION
  }

  @Id
  @SequenceGenerator(
      name = "answer_exchange_seq",
      sequenceName = "answer_exchange_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_exchange_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "answer_id", nullable = false)
  private Answer answer;

  /** Position within the answer's exchange, so the order survives equal timestamps. */
  @Column(name = "seq", nullable = false)
  private int seq;

  /** Which submission the entry belongs to: 1 for the first, n+1 after the n-th clarification. */
  @Column(name = "round_no", nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_value", length = 16)
  private AnswerValue answerValue;

  @Lob
  @Column(name = "explanation")
  private String explanation;

  @ElementCollection
  @CollectionTable(name = "answer_exchange_evidence", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "entry_position")
  private List<SubmittedEvidence> evidence = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 32)
  private OfficerDecision decision;

  @Lob
  @Column(name = "request_text")
  private String requestText;

  /** User name of the person who acted; empty for entries carried over from before history. */
  @Column(name = "actor", length = 100)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected AnswerExchangeEntry() {}

  private AnswerExchangeEntry(
      Answer answer, int seq, int round, Kind kind, String actor, Instant at) {
    this.answer = answer;
    this.seq = seq;
    this.round = round;
    this.kind = kind;
    this.actor = actor;
    this.occurredAt = Objects.requireNonNull(at);
  }

  static AnswerExchangeEntry submitted(
      Answer answer,
      int seq,
      int round,
      AnswerValue value,
      String explanation,
      List<EvidenceFile> attached,
      String actor,
      Instant at) {
    AnswerExchangeEntry e =
        new AnswerExchangeEntry(answer, seq, round, Kind.ANSWER_SUBMITTED, actor, at);
    e.answerValue = Objects.requireNonNull(value);
    e.explanation = explanation;
    attached.forEach(f -> e.evidence.add(new SubmittedEvidence(f)));
    return e;
  }

  static AnswerExchangeEntry decided(
      Answer answer,
      int seq,
      int round,
      OfficerDecision decision,
      String requestText,
      String actor,
      Instant at) {
    AnswerExchangeEntry e =
        new AnswerExchangeEntry(answer, seq, round, Kind.OFFICER_DECISION, actor, at);
    e.decision = Objects.requireNonNull(decision);
    e.requestText = requestText;
    return e;
  }

  public Long getId() {
    return id;
  }

  public int getSeq() {
    return seq;
  }

  public int getRound() {
    return round;
  }

  public Kind getKind() {
    return kind;
  }

  /** The submitted value; empty for a decision. */
  public Optional<AnswerValue> getValue() {
    return Optional.ofNullable(answerValue);
  }

  public String getExplanation() {
    return explanation;
  }

  /** The evidence files the submitted answer carried, in the order they were attached. */
  public List<SubmittedEvidence> getEvidence() {
    return Collections.unmodifiableList(evidence);
  }

  /** The officer's verdict; empty for a submission. */
  public Optional<OfficerDecision> getDecision() {
    return Optional.ofNullable(decision);
  }

  /** What the officer asked the vendor to clarify; empty unless clarification was requested. */
  public Optional<String> getRequestText() {
    return Optional.ofNullable(requestText);
  }

  public Optional<String> getActor() {
    return Optional.ofNullable(actor);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
