package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import jp.shinsa.application.questionnaire.CrossCheckResult;
import jp.shinsa.application.questionnaire.QuestionnaireNotFoundException;
import jp.shinsa.application.questionnaire.QuestionnaireService;
import jp.shinsa.application.submission.SelfAssessmentView;
import jp.shinsa.application.submission.SubmissionService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.crosscheck.Contradiction;
import jp.shinsa.domain.questionnaire.Answer;
import jp.shinsa.domain.questionnaire.AnswerExchangeEntry;
import jp.shinsa.domain.questionnaire.AnswerState;
import jp.shinsa.domain.questionnaire.AnswerValue;
import jp.shinsa.domain.questionnaire.OfficerDecision;
import jp.shinsa.domain.questionnaire.Question;
import jp.shinsa.domain.questionnaire.Questionnaire;
import jp.shinsa.domain.questionnaire.QuestionnaireBasis;
import jp.shinsa.domain.questionnaire.QuestionnaireStatus;

/**
 * One questionnaire: the vendor answers (with evidence files) and submits; the officer sends,
 * reviews each answer, links a contract and sees the contradictions. What each side may do follows
 * the questionnaire's status; the service refuses anything else, and the refusal is shown.
 */
@Named
@ViewScoped
public class QuestionnaireViewBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String CACHE = QuestionnaireViewBean.class.getName() + ".";

  /** An evidence file as listed under an answer. */
  public record EvidenceRow(long id, String fileName, String period, long sizeBytes) {}

  /** One step of the exchange on a question, as listed under it. */
  public record ExchangeRow(
      int round,
      boolean submission,
      String value,
      String explanation,
      List<EvidenceRow> evidence,
      String decision,
      String request,
      String actor,
      String at) {}

  /** One question with what the caller may see of its answer. */
  public record Row(
      int number,
      String itemId,
      String text,
      boolean required,
      String value,
      String explanation,
      boolean draft,
      String decision,
      String officerRequest,
      List<EvidenceRow> evidence,
      boolean answerable,
      boolean decidable,
      List<ExchangeRow> exchange) {}

  @Inject private QuestionnaireService service;
  @Inject private SubmissionService submissions;
  @Inject private LocaleBean locale;
  @Inject private Clock clock;

  private Long id;
  private Integer selected;
  private String value;
  private String explanation;
  private transient Part file;
  private String periodFrom;
  private String periodTo;
  private Long contractId;
  private Integer clarifying;
  private Long seenVersion;
  private String clarifyText;
  private String itemToAdd;

  /** f:viewAction: refuses an id the caller may not see, like a missing one. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      QuestionnaireBasis link = service.link(id);
      contractId = link.getContractId().orElse(null);
    } catch (QuestionnaireNotFoundException e) {
      QuestionnaireMessages.error("q.error.notfound");
      id = null;
    }
  }

  public boolean isFound() {
    return id != null;
  }

  public Questionnaire getQuestionnaire() {
    Questionnaire q = cached("questionnaire", () -> service.require(id));
    if (jakarta.faces.context.FacesContext.getCurrentInstance().getCurrentPhaseId()
        == jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
      // What the person sees now is what their next change must still apply to.
      seenVersion = q.getVersion();
    }
    return q;
  }

  public boolean isBuyer() {
    return service.isBuyer(getQuestionnaire());
  }

  public String getStatus() {
    return getQuestionnaire().getStatus().name();
  }

  public Boolean getPotentiallyHighRisk() {
    return service.link(id).getPotentiallyHighRisk().orElse(null);
  }

  public List<Row> getRows() {
    return cached("rows", this::rows);
  }

  private List<Row> rows() {
    Questionnaire q = getQuestionnaire();
    boolean buyer = service.isBuyer(q);
    Catalogue catalogue = service.catalogueOf(q);
    return q.getQuestions().stream().map(question -> row(q, question, buyer, catalogue)).toList();
  }

  private Row row(Questionnaire q, Question question, boolean buyer, Catalogue catalogue) {
    Answer a = service.visibleAnswer(question).orElse(null);
    boolean underClarification =
        a != null
            && a.getDecision()
                .filter(d -> d == OfficerDecision.CLARIFICATION_REQUESTED)
                .isPresent();
    boolean answerable =
        !buyer
            && q.getStatus().vendorMayAnswer()
            && (q.getStatus() != QuestionnaireStatus.CLARIFICATION_REQUESTED || underClarification);
    boolean decidable =
        buyer && q.getStatus().underReview() && a != null && a.getState() == AnswerState.SUBMITTED;
    return new Row(
        question.getNumber(),
        question.getItemId().orElse(""),
        service.wording(question, catalogue).in(locale.getLocale()),
        question.isRequired(),
        a == null || a.getValue() == null ? null : a.getValue().name(),
        a == null ? null : a.getExplanation(),
        a != null && a.getState() == AnswerState.DRAFT,
        a == null ? null : a.getDecision().map(Enum::name).orElse(null),
        a == null ? null : a.getOfficerRequest().orElse(null),
        a == null
            ? List.of()
            : a.getEvidence().stream()
                .map(
                    f ->
                        new EvidenceRow(
                            f.getId(),
                            f.getFileName(),
                            period(f.getPeriodFrom(), f.getPeriodTo()),
                            f.getSizeBytes()))
                .toList(),
        answerable,
        decidable,
        question.getAnswer().map(this::exchange).orElse(List.of()));
  }

  /** The whole exchange; it holds submissions only, never drafts, so both sides may read it. */
  private List<ExchangeRow> exchange(Answer a) {
    return a.getExchange().stream()
        .map(
            e ->
                new ExchangeRow(
                    e.getRound(),
                    e.getKind() == AnswerExchangeEntry.Kind.ANSWER_SUBMITTED,
                    e.getValue().map(Enum::name).orElse(null),
                    e.getExplanation(),
                    e.getEvidence().stream()
                        .map(
                            f ->
                                new EvidenceRow(
                                    f.getEvidenceId() == null ? 0 : f.getEvidenceId(),
                                    f.getFileName(),
                                    period(f.getPeriodFrom(), f.getPeriodTo()),
                                    0))
                        .toList(),
                    e.getDecision().map(Enum::name).orElse(null),
                    e.getRequestText().orElse(null),
                    e.getActor().orElse("—"),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(Questionnaire.DUE_DATE_ZONE)
                        .format(e.getOccurredAt())))
        .toList();
  }

  private static String period(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return "";
    }
    return (from == null ? "" : from.toString()) + " – " + (to == null ? "" : to.toString());
  }

  public boolean isOverdue() {
    return getQuestionnaire().isOverdueAt(clock.instant());
  }

  // ---- vendor ----

  public void select(int number) {
    selected = number;
    getRows().stream()
        .filter(r -> r.number() == number)
        .findFirst()
        .ifPresent(
            r -> {
              value = r.value();
              explanation = r.explanation();
            });
  }

  public String save() {
    if (selected == null) {
      return null;
    }
    AnswerValue v;
    try {
      v = AnswerValue.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      QuestionnaireMessages.error("q.error.rule", "choose an answer");
      return null;
    }
    if (attempt(() -> service.saveAnswer(id, selected, v, explanation))) {
      QuestionnaireMessages.info("q.answer.saved", selected);
    }
    return null;
  }

  public String upload() {
    if (selected == null) {
      return null;
    }
    if (file == null || file.getSize() == 0) {
      QuestionnaireMessages.error("q.error.nofile");
      return null;
    }
    LocalDate from;
    LocalDate to;
    try {
      from = date(periodFrom);
      to = date(periodTo);
    } catch (DateTimeParseException e) {
      QuestionnaireMessages.error("q.error.date");
      return null;
    }
    long limit = service.evidencePolicy().maxBytes();
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      QuestionnaireMessages.error("q.error.rule", e.getMessage());
      return null;
    }
    String name = file.getSubmittedFileName();
    if (attempt(() -> service.attachEvidence(id, selected, name, bytes, from, to))) {
      QuestionnaireMessages.info("q.answer.uploaded", name, selected);
      periodFrom = null;
      periodTo = null;
    }
    return null;
  }

  public void removeEvidence(int number, long evidenceId) {
    attempt(() -> service.removeEvidence(id, number, evidenceId));
  }

  public void submit() {
    if (attempt(() -> service.submit(id))) {
      selected = null;
      QuestionnaireMessages.info("q.done");
    }
  }

  // ---- supplier: self-assessment ----

  public boolean isSelfAssessment() {
    return getQuestionnaire().isSelfAssessment();
  }

  public void complete() {
    if (attempt(() -> service.complete(id))) {
      selected = null;
      QuestionnaireMessages.info("sa.completed");
    }
  }

  public void reopen() {
    if (attempt(() -> service.reopen(id))) {
      QuestionnaireMessages.info("q.done");
    }
  }

  /**
   * While preparing, the supplier shapes its self-assessment: extra items in, optional ones out.
   */
  public boolean isPreparingSelfAssessment() {
    Questionnaire q = getQuestionnaire();
    return q.isSelfAssessment() && q.getStatus() == QuestionnaireStatus.PREPARING;
  }

  /** Items of the questionnaire's catalogue version not asked yet, as "ID — title". */
  public List<ItemChoice> getAddableItems() {
    return cached(
        "addableItems",
        () -> {
          Questionnaire q = getQuestionnaire();
          return service.catalogueOf(q).items().stream()
              .filter(item -> q.findQuestionForItem(item.id()).isEmpty())
              .map(item -> new ItemChoice(item.id(), item.id() + " — " + localized(item.title())))
              .toList();
        });
  }

  /** One catalogue item offered for adding. */
  public record ItemChoice(String id, String label) {}

  public void addItem() {
    if (itemToAdd == null || itemToAdd.isBlank()) {
      QuestionnaireMessages.error("sa.items.choose");
      return;
    }
    if (attempt(() -> service.addSelfAssessmentItems(id, List.of(itemToAdd)))) {
      itemToAdd = null;
      QuestionnaireMessages.info("q.done");
    }
  }

  public void dropQuestion(int number) {
    if (attempt(() -> service.removeSelfAssessmentQuestion(id, number))) {
      QuestionnaireMessages.info("q.done");
    }
  }

  public String getItemToAdd() {
    return itemToAdd;
  }

  public void setItemToAdd(String itemToAdd) {
    this.itemToAdd = itemToAdd;
  }

  // ---- officer ----

  public void send() {
    if (attempt(() -> service.send(id))) {
      QuestionnaireMessages.info("q.done");
    }
  }

  public boolean isEditable() {
    return isBuyer() && getQuestionnaire().getStatus() == QuestionnaireStatus.DRAFT;
  }

  public void removeQuestion(int number) {
    attempt(() -> service.removeQuestion(id, number));
  }

  public void toggleRequired(int number, boolean required) {
    attempt(() -> service.setRequired(id, number, !required));
  }

  public void accept(int number) {
    attempt(() -> service.decide(id, number, OfficerDecision.ACCEPTED, null));
  }

  public void startClarify(int number) {
    clarifying = number;
    clarifyText = null;
  }

  public void clarify() {
    if (clarifying != null
        && attempt(
            () ->
                service.decide(
                    id, clarifying, OfficerDecision.CLARIFICATION_REQUESTED, clarifyText))) {
      clarifying = null;
    }
  }

  public void completeReview() {
    if (attempt(() -> service.completeReview(id))) {
      QuestionnaireMessages.info("q.done");
    }
  }

  public void close() {
    if (attempt(() -> service.close(id))) {
      QuestionnaireMessages.info("q.done");
    }
  }

  public List<QuestionnaireListBean.Choice> getContracts() {
    return service.linkableContracts(id).stream()
        .map(c -> new QuestionnaireListBean.Choice(String.valueOf(c.getId()), c.getTitle()))
        .toList();
  }

  public void linkContract() {
    if (attempt(() -> service.linkContract(id, contractId))) {
      QuestionnaireMessages.info("q.done");
    }
  }

  public CrossCheckResult getCrossCheck() {
    return cached("crossCheck", () -> service.crossCheck(id));
  }

  /** The contract side of a contradiction as "ITEM OUTCOME: clause «quote»" lines. */
  public String contractSide(Contradiction c) {
    return c.contract().stream()
        .map(
            p ->
                p.itemId()
                    + " "
                    + p.outcome()
                    + (p.evidence().isEmpty()
                        ? ""
                        : ": "
                            + p.evidence().stream()
                                .map(e -> e.clauseRef() + " «" + e.quote() + "»")
                                .collect(Collectors.joining(" / "))))
        .collect(Collectors.joining("\n"));
  }

  public String localized(jp.shinsa.domain.checklist.LocalizedText t) {
    return t == null ? "" : t.in(locale.getLocale());
  }

  /** Whether the caller may choose the contract the answers are cross-checked against. */
  public boolean isLinkable() {
    Questionnaire q = getQuestionnaire();
    return q.isSelfAssessment() || (isBuyer() && q.getStatus() != QuestionnaireStatus.DRAFT);
  }

  public boolean isImported() {
    return service.link(id).getPackageSha256().isPresent();
  }

  public SelfAssessmentView getSelfAssessment() {
    return cached("selfAssessment", () -> submissions.selfAssessment(id));
  }

  /**
   * Values computed once per request: the page asks for them many times while rendering. Every
   * action clears them, so the page never shows what was true before the action.
   */
  @SuppressWarnings("unchecked")
  private <T> T cached(String key, java.util.function.Supplier<T> compute) {
    var attributes = jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes();
    String k = CACHE + key;
    if (!attributes.containsKey(k)) {
      attributes.put(k, compute.get());
    }
    return (T) attributes.get(k);
  }

  private static void forget() {
    var attributes = jakarta.faces.context.FacesContext.getCurrentInstance().getAttributes();
    attributes.keySet().removeIf(k -> k instanceof String s && s.startsWith(CACHE));
  }

  private boolean attempt(Runnable action) {
    try {
      service.expectVersion(seenVersion);
      action.run();
      return true;
    } catch (RuntimeException e) {
      if (QuestionnaireMessages.explain(e)) {
        return false;
      }
      throw e;
    } finally {
      forget();
    }
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getSelected() {
    return selected;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getPeriodFrom() {
    return periodFrom;
  }

  public void setPeriodFrom(String periodFrom) {
    this.periodFrom = periodFrom;
  }

  public String getPeriodTo() {
    return periodTo;
  }

  public void setPeriodTo(String periodTo) {
    this.periodTo = periodTo;
  }

  public Long getContractId() {
    return contractId;
  }

  public void setContractId(Long contractId) {
    this.contractId = contractId;
  }

  public Integer getClarifying() {
    return clarifying;
  }

  public String getClarifyText() {
    return clarifyText;
  }

  public void setClarifyText(String clarifyText) {
    this.clarifyText = clarifyText;
  }
}
