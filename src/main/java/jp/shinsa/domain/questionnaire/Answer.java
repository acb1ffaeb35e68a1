package jp.shinsa.domain.questionnaire;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The vendor's current answer to one question, with the officer's verdict on it. The current answer
 * is what the vendor edits; every submission of it and every verdict is also appended to the
 * answer's exchange ({@link AnswerExchangeEntry}), so earlier rounds stay readable after the answer
 * changes.
 */
@Entity
@Table(name = "answer")
public class Answer {

  @Id
  @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "question_id", nullable = false, unique = true)
  private Question question;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_value", nullable = false, length = 16)
  private AnswerValue answerValue; // not "value": a reserved word in JPQL

  @Lob
  @Column(name = "explanation")
  private String explanation;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private AnswerState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 32)
  private OfficerDecision decision;

  @Lob
  @Column(name = "officer_request")
  private String officerRequest;

  /** True once the vendor has changed the answer after the officer's last clarification request. */
  @Column(name = "revised_after_request", nullable = false)
  private boolean revisedAfterRequest;

  @Column(name = "clarification_rounds", nullable = false)
  private int clarificationRounds;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<EvidenceFile> evidence = new ArrayList<>();

  @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL)
  @OrderBy("seq")
  private List<AnswerExchangeEntry> exchange = new ArrayList<>();

  protected Answer() {}

  Answer(Question question) {
    this.question = question;
    this.state = AnswerState.DRAFT;
  }

  void record(AnswerValue value, String explanation, Instant now) {
    this.answerValue = value;
    this.explanation = explanation == null || explanation.isBlank() ? null : explanation.strip();
    this.state = AnswerState.DRAFT;
    this.answeredAt = now;
    if (decision == OfficerDecision.CLARIFICATION_REQUESTED) {
      revisedAfterRequest = true;
    }
  }

  void addEvidence(EvidenceFile file) {
    file.attachTo(this);
    evidence.add(file);
    // Changed evidence is a changed answer: it must be submitted again before the buyer sees it.
    state = AnswerState.DRAFT;
    if (decision == OfficerDecision.CLARIFICATION_REQUESTED) {
      revisedAfterRequest = true;
    }
  }

  boolean removeEvidence(EvidenceFile file) {
    boolean removed =
        evidence.removeIf(e -> e == file || (e.getId() != null && e.getId().equals(file.getId())));
    if (removed) {
      state = AnswerState.DRAFT;
    }
    return removed;
  }

  /**
   * Makes the answer visible to the buyer. An answer changed since its last submission opens a new
   * round in the exchange; an unchanged one (accepted earlier, not under clarification) keeps its
   * round and adds nothing.
   */
  void submit(String actor, Instant now) {
    if (state == AnswerState.DRAFT) {
      exchange.add(
          AnswerExchangeEntry.submitted(
              this,
              exchange.size() + 1,
              round() + 1,
              answerValue,
              explanation,
              evidence,
              actor,
              now));
    }
    state = AnswerState.SUBMITTED;
    if (decision == OfficerDecision.CLARIFICATION_REQUESTED) {
      // The officer reviews the revised answer afresh; the request text stays for reference.
      decision = null;
      revisedAfterRequest = false;
    }
  }

  void decide(OfficerDecision decision, String request, String actor, Instant now) {
    exchange.add(
        AnswerExchangeEntry.decided(
            this,
            exchange.size() + 1,
            round(),
            decision,
            decision == OfficerDecision.CLARIFICATION_REQUESTED ? request.strip() : null,
            actor,
            now));
    this.decision = decision;
    this.decidedAt = now;
    if (decision == OfficerDecision.CLARIFICATION_REQUESTED) {
      this.officerRequest = request.strip();
      this.revisedAfterRequest = false;
      this.clarificationRounds++;
    }
  }

  /** The round of the latest submission (and of any verdict on it); 0 before the first. */
  public int round() {
    return exchange.stream().mapToInt(AnswerExchangeEntry::getRound).max().orElse(0);
  }

  /** Every submission and verdict on this answer, oldest first; never shortened or rewritten. */
  public List<AnswerExchangeEntry> getExchange() {
    return Collections.unmodifiableList(exchange);
  }

  boolean awaitsClarification() {
    return decision == OfficerDecision.CLARIFICATION_REQUESTED && !revisedAfterRequest;
  }

  public Long getId() {
    return id;
  }

  public Question getQuestion() {
    return question;
  }

  public AnswerValue getValue() {
    return answerValue;
  }

  public String getExplanation() {
    return explanation;
  }

  public AnswerState getState() {
    return state;
  }

  /** The officer's verdict on the latest submitted answer; empty while undecided. */
  public Optional<OfficerDecision> getDecision() {
    return Optional.ofNullable(decision);
  }

  /** The officer's latest clarification request, kept after the vendor answers it. */
  public Optional<String> getOfficerRequest() {
    return Optional.ofNullable(officerRequest);
  }

  public int getClarificationRounds() {
    return clarificationRounds;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public List<EvidenceFile> getEvidence() {
    return Collections.unmodifiableList(evidence);
  }
}
