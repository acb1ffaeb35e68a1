package jp.shinsa.domain.questionnaire;

import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.CLARIFICATION_UNANSWERED;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.INVALID_QUESTION;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.MISSING_REQUEST_TEXT;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.QUESTIONNAIRE_CLOSED;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.REQUIRED_UNANSWERED;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.SELF_ASSESSMENT;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.UNKNOWN_QUESTION;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.WRONG_ORGANISATION;
import static jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation.WRONG_STATUS;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * A questionnaire an officer of a buyer agency sends to one vendor organisation for one
 * procurement, or a supplier's self-assessment: the same DS-920 questions answered in advance by a
 * supplier for its own organisation (see {@link QuestionnaireKind}). It is the aggregate root:
 * questions, answers and evidence change only through its methods, which check every rule before
 * changing anything and touch {@code updatedAt} so that the optimistic lock catches two people
 * editing the same questionnaire.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire {

  /**
   * Due dates are Japanese calendar days: a questionnaire due on the 10th is late from 11th JST.
   */
  public static final ZoneId DUE_DATE_ZONE = ZoneId.of("Asia/Tokyo");

  @Id
  @SequenceGenerator(
      name = "questionnaire_seq",
      sequenceName = "questionnaire_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "questionnaire_seq")
  private Long id;

  @Column(name = "buyer_organisation_id", nullable = false)
  private Long buyerOrganisationId;

  @Column(name = "vendor_organisation_id", nullable = false)
  private Long vendorOrganisationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private QuestionnaireKind kind = QuestionnaireKind.AGENCY_REQUEST;

  @Column(name = "procurement_title", nullable = false, length = 300)
  private String procurementTitle;

  @Enumerated(EnumType.STRING)
  @Column(name = "procurement_model", nullable = false, length = 4)
  private ProcurementModel procurementModel;

  @Column(name = "catalogue_version", nullable = false, length = 32)
  private String catalogueVersion;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private QuestionnaireStatus status;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<Question> questions = new ArrayList<>();

  /** Highest question number handed out, so a removed question's number is never reused. */
  @Column(name = "last_question_number", nullable = false)
  private int lastQuestionNumber;

  @Version private long version;

  protected Questionnaire() {}

  /**
   * Starts a questionnaire in DRAFT.
   *
   * @param catalogueVersion the catalogue whose wording the catalogue questions use
   * @param dueDate last day (JST) for the vendor's answers, or null for none
   */
  public Questionnaire(
      long buyerOrganisationId,
      long vendorOrganisationId,
      String procurementTitle,
      ProcurementModel procurementModel,
      String catalogueVersion,
      LocalDate dueDate,
      Instant now) {
    this(
        QuestionnaireKind.AGENCY_REQUEST,
        buyerOrganisationId,
        vendorOrganisationId,
        procurementTitle,
        procurementModel,
        catalogueVersion,
        dueDate,
        now);
    if (buyerOrganisationId == vendorOrganisationId) {
      throw new IllegalArgumentException(
          "a questionnaire goes from a buyer to another organisation");
    }
  }

  /**
   * Starts a supplier's self-assessment in PREPARING: the organisation asks itself, so it is both
   * issuer and respondent, and no other organisation is ever party to it.
   *
   * @param title what the self-assessment is for (e.g. the tender it prepares)
   */
  public static Questionnaire selfAssessment(
      long organisationId,
      String title,
      ProcurementModel procurementModel,
      String catalogueVersion,
      Instant now) {
    Questionnaire q =
        new Questionnaire(
            QuestionnaireKind.SELF_ASSESSMENT,
            organisationId,
            organisationId,
            title,
            procurementModel,
            catalogueVersion,
            null,
            now);
    q.status = QuestionnaireStatus.PREPARING;
    return q;
  }

  private Questionnaire(
      QuestionnaireKind kind,
      long buyerOrganisationId,
      long vendorOrganisationId,
      String procurementTitle,
      ProcurementModel procurementModel,
      String catalogueVersion,
      LocalDate dueDate,
      Instant now) {
    if (procurementTitle == null || procurementTitle.isBlank()) {
      throw new IllegalArgumentException("procurement title is required");
    }
    this.kind = kind;
    this.buyerOrganisationId = buyerOrganisationId;
    this.vendorOrganisationId = vendorOrganisationId;
    this.procurementTitle = procurementTitle.strip();
    this.procurementModel = Objects.requireNonNull(procurementModel);
    this.catalogueVersion = Objects.requireNonNull(catalogueVersion);
    this.dueDate = dueDate;
    this.status = QuestionnaireStatus.DRAFT;
    this.createdAt = Objects.requireNonNull(now);
    this.updatedAt = now;
  }

  // ---- officer: preparing ----

  /** Adds a catalogue item as a question (DRAFT only; an item may be asked once). */
  public Question addCatalogueQuestion(ChecklistItem item, boolean required, Instant now) {
    requireEditableDraft();
    if (questions.stream().anyMatch(q -> q.getItemId().filter(item.id()::equals).isPresent())) {
      throw new QuestionnaireRuleException(
          INVALID_QUESTION, "item " + item.id() + " is already asked in this questionnaire");
    }
    return add(new Question(this, nextNumber(), item.id(), null, required), now);
  }

  /** Adds the officer's own question; one language suffices (DRAFT only). */
  public Question addOwnQuestion(LocalizedText text, boolean required, Instant now) {
    requireEditableDraft();
    if (text == null || (isBlank(text.ja()) && isBlank(text.en()))) {
      throw new QuestionnaireRuleException(INVALID_QUESTION, "an own question needs its text");
    }
    return add(new Question(this, nextNumber(), null, text, required), now);
  }

  /**
   * Removes a question (DRAFT, or PREPARING for a self-assessment). A self-assessment keeps every
   * required question: those are the ones an agency would ask, which is the point of answering in
   * advance.
   */
  public void removeQuestion(int number, Instant now) {
    requireEditableDraft();
    Question question = question(number);
    if (isSelfAssessment() && question.isRequired()) {
      throw new QuestionnaireRuleException(
          INVALID_QUESTION,
          "question "
              + number
              + " is one an agency would require under this model; a self-assessment keeps it");
    }
    questions.remove(question);
    touch(now);
  }

  public void setRequired(int number, boolean required, Instant now) {
    requireEditableDraft();
    question(number).setRequired(required);
    touch(now);
  }

  /** Moves the due date (e.g. an extension granted to the vendor); null removes it. */
  public void changeDueDate(long buyerOrganisationId, LocalDate dueDate, Instant now) {
    requireBuyer(buyerOrganisationId);
    requireOpen();
    this.dueDate = dueDate;
    touch(now);
  }

  /** Sends the questionnaire to the vendor; a self-assessment is never sent. */
  public void send(long buyerOrganisationId, Instant now) {
    requireAgencyRequest("send");
    requireBuyer(buyerOrganisationId);
    requireOpen();
    requireStatus(QuestionnaireStatus.DRAFT, "send");
    if (questions.isEmpty()) {
      throw new QuestionnaireRuleException(INVALID_QUESTION, "a questionnaire needs a question");
    }
    status = QuestionnaireStatus.SENT;
    sentAt = now;
    touch(now);
  }

  // ---- vendor: answering ----

  /**
   * Saves (or replaces) the vendor's draft answer to a question. While clarification is requested
   * only the answers the officer asked about may change; accepted answers stay as accepted.
   */
  public Answer saveAnswer(
      long vendorOrganisationId,
      int questionNumber,
      AnswerValue value,
      String explanation,
      Instant now) {
    Objects.requireNonNull(value, "answer value");
    Question question = questionOpenToVendor(vendorOrganisationId, questionNumber);
    Answer answer = question.answerForUpdate();
    answer.record(value, explanation, now);
    touch(now);
    return answer;
  }

  /** Attaches an evidence file (already checked by {@link EvidenceFile#of}) to an answer. */
  public void attachEvidence(
      long vendorOrganisationId, int questionNumber, EvidenceFile file, Instant now) {
    Objects.requireNonNull(file, "evidence file");
    Question question = questionOpenToVendor(vendorOrganisationId, questionNumber);
    Answer answer =
        question
            .getAnswer()
            .orElseThrow(
                () ->
                    new QuestionnaireRuleException(
                        WRONG_STATUS,
                        "answer question " + questionNumber + " before attaching evidence"));
    answer.addEvidence(file);
    touch(now);
  }

  public void removeEvidence(
      long vendorOrganisationId, int questionNumber, EvidenceFile file, Instant now) {
    Question question = questionOpenToVendor(vendorOrganisationId, questionNumber);
    boolean removed = question.getAnswer().map(a -> a.removeEvidence(file)).orElse(false);
    if (!removed) {
      throw new QuestionnaireRuleException(
          UNKNOWN_QUESTION, "that evidence file is not attached to question " + questionNumber);
    }
    touch(now);
  }

  /**
   * Submits the vendor's answers: every required question must be answered, and on a re-submission
   * every clarification request must have been addressed.
   */
  public void submit(long vendorOrganisationId, String actor, Instant now) {
    requireAgencyRequest("submit");
    requireVendor(vendorOrganisationId);
    requireOpen();
    if (!status.vendorMayAnswer()) {
      throw wrongStatus("submit");
    }
    requireRequiredAnswered();
    List<Integer> pending =
        answers().stream()
            .filter(Answer::awaitsClarification)
            .map(a -> a.getQuestion().getNumber())
            .toList();
    if (!pending.isEmpty()) {
      throw new QuestionnaireRuleException(
          CLARIFICATION_UNANSWERED,
          "clarification requested but not answered for questions: " + numbers(pending));
    }
    answers().forEach(a -> a.submit(actor, now));
    status =
        status == QuestionnaireStatus.SENT
            ? QuestionnaireStatus.SUBMITTED
            : QuestionnaireStatus.RESUBMITTED;
    submittedAt = now;
    touch(now);
  }

  // ---- supplier: self-assessment ----

  /**
   * Marks a self-assessment complete once every required question is answered; its answers are then
   * what a submission package carries. Each completion records the changed answers as a new round
   * of their history.
   */
  public void complete(long organisationId, String actor, Instant now) {
    requireSelfAssessment("mark complete");
    requireVendor(organisationId);
    requireStatus(QuestionnaireStatus.PREPARING, "mark complete");
    requireRequiredAnswered();
    answers().forEach(a -> a.submit(actor, now));
    status = QuestionnaireStatus.COMPLETE;
    submittedAt = now;
    touch(now);
  }

  /** Reopens a completed self-assessment so the supplier can fix answers before exporting. */
  public void reopen(long organisationId, Instant now) {
    requireSelfAssessment("reopen");
    requireVendor(organisationId);
    requireStatus(QuestionnaireStatus.COMPLETE, "reopen");
    status = QuestionnaireStatus.PREPARING;
    touch(now);
  }

  // ---- officer: reviewing ----

  /** Records the officer's verdict on one submitted answer. */
  public void decide(
      long buyerOrganisationId,
      int questionNumber,
      OfficerDecision decision,
      String requestText,
      String actor,
      Instant now) {
    Objects.requireNonNull(decision, "decision");
    requireBuyer(buyerOrganisationId);
    requireOpen();
    if (!status.underReview()) {
      throw wrongStatus("review answers");
    }
    Question question = question(questionNumber);
    Answer answer =
        question
            .getAnswer()
            .filter(a -> a.getState() == AnswerState.SUBMITTED)
            .orElseThrow(
                () ->
                    new QuestionnaireRuleException(
                        WRONG_STATUS, "question " + questionNumber + " has no submitted answer"));
    if (decision == OfficerDecision.CLARIFICATION_REQUESTED && isBlank(requestText)) {
      throw new QuestionnaireRuleException(
          MISSING_REQUEST_TEXT, "say what the vendor should clarify on question " + questionNumber);
    }
    answer.decide(decision, requestText, actor, now);
    touch(now);
  }

  /**
   * Ends a review round: back to the vendor if any answer needs clarification, otherwise ACCEPTED.
   * Every submitted answer must have a verdict first.
   */
  public QuestionnaireStatus completeReview(long buyerOrganisationId, Instant now) {
    requireBuyer(buyerOrganisationId);
    requireOpen();
    if (!status.underReview()) {
      throw wrongStatus("complete the review");
    }
    List<Integer> undecided =
        answers().stream()
            .filter(a -> a.getDecision().isEmpty())
            .map(a -> a.getQuestion().getNumber())
            .toList();
    if (!undecided.isEmpty()) {
      throw new QuestionnaireRuleException(
          WRONG_STATUS, "answers without a decision: " + numbers(undecided));
    }
    boolean clarify =
        answers().stream()
            .anyMatch(
                a -> a.getDecision().orElseThrow() == OfficerDecision.CLARIFICATION_REQUESTED);
    status = clarify ? QuestionnaireStatus.CLARIFICATION_REQUESTED : QuestionnaireStatus.ACCEPTED;
    if (!clarify) {
      closedAt = now;
    }
    touch(now);
    return status;
  }

  /** Closes the questionnaire; no one can change it afterwards. */
  public void close(long buyerOrganisationId, Instant now) {
    requireBuyer(buyerOrganisationId);
    requireOpen();
    status = QuestionnaireStatus.CLOSED;
    closedAt = now;
    touch(now);
  }

  // ---- reading ----

  /**
   * Whether the vendor is late: the questionnaire waits for the vendor and its due date (JST) has
   * passed at {@code now}.
   */
  public boolean isOverdueAt(Instant now) {
    if (dueDate == null || !status.vendorMayAnswer()) {
      return false;
    }
    return !now.isBefore(dueDate.plusDays(1).atStartOfDay(DUE_DATE_ZONE).toInstant());
  }

  /**
   * Whether an organisation may see this questionnaire at all (the vendor not while DRAFT; a
   * self-assessment only its own organisation, whose id is both buyer and vendor).
   */
  public boolean isVisibleTo(long organisationId) {
    return organisationId == buyerOrganisationId
        || (organisationId == vendorOrganisationId && status != QuestionnaireStatus.DRAFT);
  }

  public Optional<Question> findQuestion(int number) {
    return questions.stream().filter(q -> q.getNumber() == number).findFirst();
  }

  /** Questions that ask about a catalogue item, keyed by that item. */
  public Optional<Question> findQuestionForItem(String itemId) {
    return questions.stream()
        .filter(q -> q.getItemId().filter(itemId::equals).isPresent())
        .findFirst();
  }

  public Long getId() {
    return id;
  }

  public long getBuyerOrganisationId() {
    return buyerOrganisationId;
  }

  public long getVendorOrganisationId() {
    return vendorOrganisationId;
  }

  public QuestionnaireKind getKind() {
    return kind;
  }

  public boolean isSelfAssessment() {
    return kind == QuestionnaireKind.SELF_ASSESSMENT;
  }

  public String getProcurementTitle() {
    return procurementTitle;
  }

  public ProcurementModel getProcurementModel() {
    return procurementModel;
  }

  public String getCatalogueVersion() {
    return catalogueVersion;
  }

  public QuestionnaireStatus getStatus() {
    return status;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<Question> getQuestions() {
    return Collections.unmodifiableList(questions);
  }

  public long getVersion() {
    return version;
  }

  // ---- rules ----

  private Question questionOpenToVendor(long vendorOrganisationId, int questionNumber) {
    requireVendor(vendorOrganisationId);
    requireOpen();
    if (!status.vendorMayAnswer()) {
      throw wrongStatus("answer");
    }
    Question question = question(questionNumber);
    if (status == QuestionnaireStatus.CLARIFICATION_REQUESTED
        && question
            .getAnswer()
            .flatMap(Answer::getDecision)
            .filter(d -> d == OfficerDecision.CLARIFICATION_REQUESTED)
            .isEmpty()) {
      throw new QuestionnaireRuleException(
          WRONG_STATUS,
          "question " + questionNumber + " is not under clarification and cannot change now");
    }
    return question;
  }

  private Question question(int number) {
    return findQuestion(number)
        .orElseThrow(
            () ->
                new QuestionnaireRuleException(
                    UNKNOWN_QUESTION, "this questionnaire has no question " + number));
  }

  private List<Answer> answers() {
    return questions.stream().flatMap(q -> q.getAnswer().stream()).toList();
  }

  private Question add(Question question, Instant now) {
    questions.add(question);
    touch(now);
    return question;
  }

  private int nextNumber() {
    return ++lastQuestionNumber;
  }

  private void requireEditableDraft() {
    requireOpen();
    requireStatus(
        isSelfAssessment() ? QuestionnaireStatus.PREPARING : QuestionnaireStatus.DRAFT,
        "change questions");
  }

  private void requireRequiredAnswered() {
    List<Integer> unanswered =
        questions.stream()
            .filter(q -> q.isRequired() && !q.isAnswered())
            .map(Question::getNumber)
            .toList();
    if (!unanswered.isEmpty()) {
      throw new QuestionnaireRuleException(
          REQUIRED_UNANSWERED, "required questions not answered: " + numbers(unanswered));
    }
  }

  private void requireAgencyRequest(String action) {
    if (isSelfAssessment()) {
      throw new QuestionnaireRuleException(
          SELF_ASSESSMENT,
          "cannot "
              + action
              + " a self-assessment: it stays with its organisation and reaches an agency only"
              + " inside a submission package");
    }
  }

  private void requireSelfAssessment(String action) {
    if (!isSelfAssessment()) {
      throw new QuestionnaireRuleException(
          SELF_ASSESSMENT,
          "cannot " + action + " this questionnaire: only a supplier's self-assessment can");
    }
  }

  private void requireOpen() {
    if (status.isFinal()) {
      throw new QuestionnaireRuleException(
          QUESTIONNAIRE_CLOSED, "the questionnaire is " + status + "; nothing can change");
    }
  }

  private void requireStatus(QuestionnaireStatus expected, String action) {
    if (status != expected) {
      throw wrongStatus(action);
    }
  }

  private QuestionnaireRuleException wrongStatus(String action) {
    return new QuestionnaireRuleException(
        WRONG_STATUS, "cannot " + action + " while the questionnaire is " + status);
  }

  private void requireBuyer(long organisationId) {
    // A self-assessment's organisation is recorded as its buyer, but it has no buyer to review it.
    requireAgencyRequest("review or close");
    if (organisationId != buyerOrganisationId) {
      throw new QuestionnaireRuleException(
          WRONG_ORGANISATION, "only the buyer agency of this questionnaire may do this");
    }
  }

  private void requireVendor(long organisationId) {
    if (organisationId != vendorOrganisationId) {
      throw new QuestionnaireRuleException(
          WRONG_ORGANISATION, "only the vendor this questionnaire was sent to may answer it");
    }
  }

  private void touch(Instant now) {
    updatedAt = Objects.requireNonNull(now);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String numbers(List<Integer> numbers) {
    return numbers.stream().map(n -> "Q" + n).toList().toString();
  }
}
