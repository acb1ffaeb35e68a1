package jp.shinsa.application.questionnaire;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.HighRiskSheet.HighRiskAssessment;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.contract.ProcessingStatus;
import jp.shinsa.domain.crosscheck.AnsweredItem;
import jp.shinsa.domain.crosscheck.CrossCheck;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationKind;
import jp.shinsa.domain.questionnaire.Answer;
import jp.shinsa.domain.questionnaire.AnswerExchangeEntry;
import jp.shinsa.domain.questionnaire.AnswerState;
import jp.shinsa.domain.questionnaire.AnswerValue;
import jp.shinsa.domain.questionnaire.EvidenceFile;
import jp.shinsa.domain.questionnaire.EvidencePolicy;
import jp.shinsa.domain.questionnaire.OfficerDecision;
import jp.shinsa.domain.questionnaire.Question;
import jp.shinsa.domain.questionnaire.QuestionSelection;
import jp.shinsa.domain.questionnaire.Questionnaire;
import jp.shinsa.domain.questionnaire.QuestionnaireBasis;
import jp.shinsa.domain.questionnaire.QuestionnaireReminders;
import jp.shinsa.domain.questionnaire.QuestionnaireRuleException;
import jp.shinsa.domain.questionnaire.QuestionnaireStatus;
import jp.shinsa.infrastructure.crosscheck.CrosscheckRulesReader;

/**
 * Questionnaires as officers and vendor staff work on them. The domain entity checks every rule;
 * this service adds tenancy (the caller's organisation, never a request parameter), the high-risk
 * determination, the contract link and the cross-check. Each change is flushed before returning, so
 * a concurrent edit surfaces as an optimistic-lock failure inside the call.
 */
@RequestScoped
@Transactional
public class QuestionnaireService {

  private static final Logger LOG = Logger.getLogger(QuestionnaireService.class.getName());

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private CatalogueService catalogues;
  @Inject private ContractService contracts;
  @Inject private HighRiskSheets highRiskSheets;
  @Inject private EvidenceSettings evidenceSettings;

  private Long expectedVersion;

  // ---- reading ----

  /**
   * Questionnaires the caller's organisation sent or received (received: not while DRAFT), and for
   * suppliers their organisation's self-assessments.
   */
  public List<Questionnaire> list() {
    long org = currentUser.organisationId();
    boolean supplier = currentUser.isSupplier();
    return em
        .createQuery(
            "SELECT q FROM Questionnaire q WHERE q.buyerOrganisationId = :org"
                + " OR (q.vendorOrganisationId = :org AND q.status <> :draft)"
                + " ORDER BY q.createdAt DESC, q.id DESC",
            Questionnaire.class)
        .setParameter("org", org)
        .setParameter("draft", QuestionnaireStatus.DRAFT)
        .getResultList()
        .stream()
        .filter(q -> supplier || !q.isSelfAssessment())
        .toList();
  }

  /** The caller's organisation's self-assessments (suppliers only; empty for anyone else). */
  public List<Questionnaire> selfAssessments() {
    return list().stream().filter(Questionnaire::isSelfAssessment).toList();
  }

  /** The caller's questionnaires whose vendor is past the due date, most overdue first. */
  public List<Questionnaire> overdue() {
    return QuestionnaireReminders.overdue(list(), clock.instant());
  }

  public Questionnaire require(long id) {
    Questionnaire q = em.find(Questionnaire.class, id);
    if (q == null
        || !q.isVisibleTo(currentUser.organisationId())
        || (q.isSelfAssessment() && !currentUser.isSupplier())) {
      // A self-assessment is the supplier's working paper: not even the company's sales staff
      // (VENDOR) see it, and agencies see its answers only in an imported package.
      throw new QuestionnaireNotFoundException();
    }
    return q;
  }

  /**
   * Whether the caller is on the buyer side of the questionnaire. A self-assessment has no buyer
   * side: its supplier answers it like a vendor.
   */
  public boolean isBuyer(Questionnaire q) {
    return !q.isSelfAssessment() && q.getBuyerOrganisationId() == currentUser.organisationId();
  }

  /**
   * Every submission and verdict on one question's answer, oldest first, for either side: only
   * submitted answers are in it, so the buyer never sees the vendor's drafts this way either.
   */
  public List<AnswerExchangeEntry> exchange(long questionnaireId, int number) {
    Questionnaire q = require(questionnaireId);
    Question question =
        q.findQuestion(number)
            .orElseThrow(
                () ->
                    new QuestionnaireRuleException(
                        QuestionnaireRuleException.Violation.UNKNOWN_QUESTION,
                        "this questionnaire has no question " + number));
    return question.getAnswer().map(Answer::getExchange).orElse(List.of());
  }

  /**
   * The answer the caller may see: the buyer sees only submitted answers, never the vendor's
   * drafts.
   */
  public Optional<Answer> visibleAnswer(Question question) {
    Questionnaire q = question.getQuestionnaire();
    return question.getAnswer().filter(a -> !isBuyer(q) || a.getState() == AnswerState.SUBMITTED);
  }

  public QuestionnaireBasis link(long questionnaireId) {
    require(questionnaireId);
    return linkOf(questionnaireId);
  }

  public Organisation organisation(long id) {
    return em.find(Organisation.class, id);
  }

  /** Vendor companies an officer may send a questionnaire to. */
  public List<Organisation> vendorCompanies() {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.kind = :kind ORDER BY o.code", Organisation.class)
        .setParameter("kind", OrganisationKind.COMPANY)
        .getResultList();
  }

  public Catalogue catalogueOf(Questionnaire q) {
    return catalogues.version(q.getCatalogueVersion()).orElseGet(catalogues::active);
  }

  /** The wording of a question in the caller's catalogue, or the officer's own text. */
  public LocalizedText wording(Question question, Catalogue catalogue) {
    return question
        .getOwnText()
        .orElseGet(
            () -> {
              String id = question.getItemId().orElseThrow();
              return catalogue
                  .item(id)
                  .map(ChecklistItem::question)
                  .orElse(new LocalizedText(id, id));
            });
  }

  /** An evidence file of a questionnaire the caller may read. */
  public EvidenceFile evidence(long questionnaireId, long evidenceId) {
    Questionnaire q = require(questionnaireId);
    EvidenceFile f = em.find(EvidenceFile.class, evidenceId);
    if (f == null
        || !f.getAnswer().getQuestion().getQuestionnaire().getId().equals(q.getId())
        || visibleAnswer(f.getAnswer().getQuestion()).isEmpty()) {
      throw new QuestionnaireNotFoundException();
    }
    return f;
  }

  // ---- officer ----

  /**
   * Creates a DRAFT questionnaire: the DS-920 items of the model (required per the high-risk
   * determination), the extra catalogue items and the officer's own questions.
   */
  public Questionnaire create(NewQuestionnaire request) {
    requireOfficer();
    Organisation vendor = em.find(Organisation.class, request.vendorOrganisationId());
    if (vendor == null || vendor.getKind() != OrganisationKind.COMPANY) {
      throw new IllegalArgumentException("vendorOrganisationId must name a vendor company");
    }
    if (request.model() == null) {
      throw new IllegalArgumentException("procurementModel is required (M1, M2 or M3)");
    }
    HighRiskAssessment assessment = highRiskSheets.current().assess(request.highRisk());
    Catalogue catalogue = catalogues.active();
    var now = clock.instant();
    Questionnaire q =
        new Questionnaire(
            currentUser.organisationId(),
            vendor.getId(),
            request.title(),
            request.model(),
            catalogue.version(),
            request.dueDate(),
            now);
    addCatalogueQuestions(q, catalogue, assessment, request.extraItems(), now);
    for (LocalizedText own : request.ownQuestions()) {
      q.addOwnQuestion(own, true, now);
    }
    em.persist(q);
    em.flush();
    QuestionnaireBasis link = new QuestionnaireBasis(q.getId());
    Map<String, String> answers = new LinkedHashMap<>(request.highRisk());
    link.recordHighRisk(answers, assessment.potentiallyHighRisk());
    em.persist(link);
    em.flush();
    LOG.info(
        () ->
            "event=questionnaire.created id=%d vendor=%d questions=%d highRisk=%s by=%s"
                .formatted(
                    q.getId(),
                    vendor.getId(),
                    q.getQuestions().size(),
                    assessment.potentiallyHighRisk(),
                    currentUser.getUsername()));
    return q;
  }

  /**
   * The DS-920 items of the questionnaire's model (required per the high-risk determination) and
   * the extra catalogue items (optional), each asked once.
   */
  private static void addCatalogueQuestions(
      Questionnaire q,
      Catalogue catalogue,
      HighRiskAssessment assessment,
      List<String> extraItems,
      java.time.Instant now) {
    QuestionSelection.addAll(
        q,
        QuestionSelection.digitalAgencyQuestions(catalogue, q.getProcurementModel(), assessment),
        now);
    for (String itemId : extraItems) {
      ChecklistItem item = catalogueItem(catalogue, itemId);
      if (q.findQuestionForItem(itemId).isEmpty()) {
        q.addCatalogueQuestion(item, false, now);
      }
    }
  }

  private static ChecklistItem catalogueItem(Catalogue catalogue, String itemId) {
    return catalogue
        .item(itemId)
        .orElseThrow(
            () ->
                new QuestionnaireRuleException(
                    QuestionnaireRuleException.Violation.INVALID_QUESTION,
                    "catalogue " + catalogue.version() + " has no item " + itemId));
  }

  // ---- supplier: self-assessment ----

  /**
   * Starts a self-assessment for the caller's own organisation: the DS-920 items of the model it
   * will bid under (required as an agency's high-risk determination would make them), optional
   * extra items, and optionally its own judged terms to cross-check the answers against.
   */
  public Questionnaire createSelfAssessment(NewSelfAssessment request) {
    if (!currentUser.isSupplier()) {
      throw new SecurityException("Only suppliers prepare self-assessments");
    }
    if (request.model() == null) {
      throw new IllegalArgumentException("procurementModel is required (M1, M2 or M3)");
    }
    long own = currentUser.organisationId();
    if (request.contractId() != null) {
      requireOwnTerms(own, request.contractId());
    }
    HighRiskAssessment assessment = highRiskSheets.current().assess(request.highRisk());
    Catalogue catalogue = catalogues.active();
    var now = clock.instant();
    Questionnaire q =
        Questionnaire.selfAssessment(
            own, request.title(), request.model(), catalogue.version(), now);
    addCatalogueQuestions(q, catalogue, assessment, request.extraItems(), now);
    em.persist(q);
    em.flush();
    QuestionnaireBasis basis = new QuestionnaireBasis(q.getId());
    basis.recordHighRisk(new LinkedHashMap<>(request.highRisk()), assessment.potentiallyHighRisk());
    basis.linkContract(request.contractId());
    em.persist(basis);
    em.flush();
    LOG.info(
        () ->
            "event=self_assessment.created id=%d organisation=%d questions=%d by=%s"
                .formatted(q.getId(), own, q.getQuestions().size(), currentUser.getUsername()));
    return q;
  }

  /**
   * Adds catalogue items (METI items, say, that the supplier also wants to evidence) to the
   * caller's self-assessment while it is being prepared; they are optional, as extra items at
   * creation are.
   */
  public Questionnaire addSelfAssessmentItems(long id, List<String> itemIds) {
    Questionnaire q = requireOwnSelfAssessment(id);
    if (itemIds.isEmpty()) {
      throw new QuestionnaireRuleException(
          QuestionnaireRuleException.Violation.INVALID_QUESTION, "name at least one item");
    }
    Catalogue catalogue = catalogueOf(q);
    var now = clock.instant();
    for (String itemId : itemIds) {
      q.addCatalogueQuestion(catalogueItem(catalogue, itemId), false, now);
    }
    em.flush();
    return q;
  }

  /** Drops an optional question from the caller's self-assessment while it is being prepared. */
  public Questionnaire removeSelfAssessmentQuestion(long id, int number) {
    return change(requireOwnSelfAssessment(id), q -> q.removeQuestion(number, clock.instant()));
  }

  /**
   * Applies one domain step to a questionnaire the caller may change, flushed so that a concurrent
   * edit fails inside the call (see the class comment).
   */
  private Questionnaire change(Questionnaire q, Consumer<Questionnaire> step) {
    step.accept(q);
    em.flush();
    return q;
  }

  private Questionnaire requireOwnSelfAssessment(long id) {
    Questionnaire q = requireForChange(id);
    if (!q.isSelfAssessment()) {
      throw new QuestionnaireNotFoundException();
    }
    return q;
  }

  /** Marks the caller's self-assessment complete: its answers are then ready for a package. */
  public Questionnaire complete(long id) {
    return change(
        requireForChange(id),
        q -> q.complete(currentUser.organisationId(), currentUser.getUsername(), clock.instant()));
  }

  /** Reopens the caller's completed self-assessment to fix answers. */
  public Questionnaire reopen(long id) {
    return change(
        requireForChange(id), q -> q.reopen(currentUser.organisationId(), clock.instant()));
  }

  private void requireOwnTerms(long organisationId, long contractId) {
    Contract c = contracts.require(contractId);
    if (!c.isSelfAssessment() || c.getOwner().getId() != organisationId) {
      throw new IllegalArgumentException(
          "contractId must name terms your organisation filed for self-assessment");
    }
  }

  public Questionnaire addOwnQuestion(long id, LocalizedText text, boolean required) {
    return change(requireAsBuyer(id, true), q -> q.addOwnQuestion(text, required, clock.instant()));
  }

  public Questionnaire removeQuestion(long id, int number) {
    return change(requireAsBuyer(id, true), q -> q.removeQuestion(number, clock.instant()));
  }

  public Questionnaire setRequired(long id, int number, boolean required) {
    return change(requireAsBuyer(id, true), q -> q.setRequired(number, required, clock.instant()));
  }

  public Questionnaire send(long id) {
    return change(requireForChange(id), q -> q.send(currentUser.organisationId(), clock.instant()));
  }

  public Questionnaire decide(long id, int number, OfficerDecision decision, String request) {
    return change(
        requireForChange(id),
        q ->
            q.decide(
                currentUser.organisationId(),
                number,
                decision,
                request,
                currentUser.getUsername(),
                clock.instant()));
  }

  public Questionnaire completeReview(long id) {
    return change(
        requireForChange(id), q -> q.completeReview(currentUser.organisationId(), clock.instant()));
  }

  public Questionnaire close(long id) {
    return change(
        requireForChange(id), q -> q.close(currentUser.organisationId(), clock.instant()));
  }

  public Questionnaire changeDueDate(long id, LocalDate dueDate) {
    return change(
        requireForChange(id),
        q -> q.changeDueDate(currentUser.organisationId(), dueDate, clock.instant()));
  }

  /**
   * Links one of the vendor's contracts filed by the buyer (or null to unlink); its judgment is
   * what the answers are cross-checked against.
   */
  public QuestionnaireBasis linkContract(long id, Long contractId) {
    Questionnaire q = require(id);
    if (q.isSelfAssessment()) {
      if (contractId != null) {
        requireOwnTerms(q.getVendorOrganisationId(), contractId);
      }
      QuestionnaireBasis basis = linkOf(id);
      basis.linkContract(contractId);
      em.flush();
      return basis;
    }
    requireAsBuyer(id);
    if (contractId != null) {
      Contract c = contracts.require(contractId);
      if (c.getOwner().getId() != q.getBuyerOrganisationId()
          || c.getVendor().getId() != q.getVendorOrganisationId()) {
        throw new IllegalArgumentException(
            "the contract must be one the agency filed with the questionnaire's vendor");
      }
    }
    QuestionnaireBasis link = linkOf(id);
    link.linkContract(contractId);
    em.flush();
    return link;
  }

  /** The buyer's contracts with the questionnaire's vendor, candidates for the link. */
  public List<Contract> linkableContracts(long id) {
    Questionnaire q = require(id);
    if (q.isSelfAssessment()) {
      return contracts.list().stream()
          .filter(c -> c.isSelfAssessment() && c.getOwner().getId() == q.getVendorOrganisationId())
          .toList();
    }
    requireAsBuyer(id);
    return contracts.list().stream()
        .filter(c -> c.getOwner().getId() == q.getBuyerOrganisationId())
        .filter(c -> c.getVendor().getId() == q.getVendorOrganisationId())
        .toList();
  }

  // ---- vendor ----

  public Answer saveAnswer(long id, int number, AnswerValue value, String explanation) {
    Questionnaire q = requireForChange(id);
    Answer a =
        q.saveAnswer(currentUser.organisationId(), number, value, explanation, clock.instant());
    em.flush();
    return a;
  }

  /**
   * Attaches an evidence file; type, size and period are checked before anything changes.
   *
   * @return the stored file
   */
  public EvidenceFile attachEvidence(
      long id, int number, String fileName, byte[] bytes, LocalDate from, LocalDate to) {
    Questionnaire q = requireForChange(id);
    EvidenceFile file =
        EvidenceFile.of(fileName, bytes, from, to, evidencePolicy(), clock.instant());
    q.attachEvidence(currentUser.organisationId(), number, file, clock.instant());
    em.flush();
    return file;
  }

  public void removeEvidence(long id, int number, long evidenceId) {
    Questionnaire q = requireForChange(id);
    EvidenceFile f = em.find(EvidenceFile.class, evidenceId);
    if (f == null) {
      throw new QuestionnaireRuleException(
          QuestionnaireRuleException.Violation.UNKNOWN_QUESTION,
          "that evidence file is not attached to question " + number);
    }
    q.removeEvidence(currentUser.organisationId(), number, f, clock.instant());
    em.flush();
  }

  public Questionnaire submit(long id) {
    return change(
        requireForChange(id),
        q -> q.submit(currentUser.organisationId(), currentUser.getUsername(), clock.instant()));
  }

  public EvidencePolicy evidencePolicy() {
    return new EvidencePolicy(evidenceSettings.maxBytes());
  }

  // ---- cross-check ----

  /**
   * Contradictions between the answers the caller may see and the linked contract's latest judged
   * version.
   */
  public CrossCheckResult crossCheck(long id) {
    Questionnaire q = require(id);
    Optional<Long> contractId = linkOf(id).getContractId();
    if (contractId.isEmpty()) {
      return CrossCheckResult.unlinked();
    }
    Contract contract = contracts.require(contractId.get());
    ContractVersion version = contracts.latestVersion(contract.getId());
    if (version.getStatus() != ProcessingStatus.ANALYSED) {
      return new CrossCheckResult(
          contract.getId(),
          contract.getTitle(),
          version.getVersionNo(),
          version.getStatus().name(),
          List.of());
    }
    Catalogue catalogue =
        catalogues.version(version.getCatalogueVersion()).orElseGet(catalogues::active);
    var rules = new CrosscheckRulesReader().readBundled(catalogue);
    var judgments = JudgmentRecords.of(contracts.findings(version.getId()));
    return new CrossCheckResult(
        contract.getId(),
        contract.getTitle(),
        version.getVersionNo(),
        version.getStatus().name(),
        new CrossCheck(rules).check(answeredItems(q), judgments));
  }

  private List<AnsweredItem> answeredItems(Questionnaire q) {
    List<AnsweredItem> items = new ArrayList<>();
    for (Question question : q.getQuestions()) {
      if (question.getItemId().isEmpty()) {
        continue;
      }
      Optional<Answer> answer = visibleAnswer(question).filter(a -> a.getValue() != null);
      answer.ifPresent(
          a ->
              items.add(
                  new AnsweredItem(
                      question.getNumber(),
                      question.getItemId().orElseThrow(),
                      a.getValue(),
                      a.getExplanation(),
                      a.getEvidence().stream()
                          .map(
                              f ->
                                  AnsweredItem.evidenceLabel(
                                      f.getFileName(), f.getPeriodFrom(), f.getPeriodTo()))
                          .toList())));
    }
    return items;
  }

  // ---- helpers ----

  QuestionnaireBasis linkOf(long questionnaireId) {
    QuestionnaireBasis link = em.find(QuestionnaireBasis.class, questionnaireId);
    if (link == null) {
      link = new QuestionnaireBasis(questionnaireId);
      em.persist(link);
    }
    return link;
  }

  /**
   * The version of the questionnaire the caller last saw; the next change is refused if someone
   * changed the questionnaire since. One-shot: it guards the one change the caller is making.
   */
  public void expectVersion(Long version) {
    this.expectedVersion = version;
  }

  private Questionnaire requireForChange(long id) {
    Questionnaire q = require(id);
    Long expected = expectedVersion;
    expectedVersion = null;
    if (expected != null && expected != q.getVersion()) {
      throw new OptimisticLockException(
          "questionnaire "
              + id
              + " was changed by someone else at "
              + q.getUpdatedAt()
              + "; reload it and try again");
    }
    return q;
  }

  private Questionnaire requireAsBuyer(long id) {
    return requireAsBuyer(id, false);
  }

  private Questionnaire requireAsBuyer(long id, boolean change) {
    Questionnaire q = change ? requireForChange(id) : require(id);
    if (!isBuyer(q)) {
      throw new QuestionnaireRuleException(
          QuestionnaireRuleException.Violation.WRONG_ORGANISATION,
          "only the buyer agency of this questionnaire may do this");
    }
    return q;
  }

  private void requireOfficer() {
    if (!currentUser.isOfficer()) {
      throw new SecurityException("Only officers create questionnaires");
    }
  }
}
