package jp.shinsa.application.submission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.contract.UploadReceipt;
import jp.shinsa.application.contract.UploadRequest;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.questionnaire.JudgmentRecords;
import jp.shinsa.application.questionnaire.QuestionnaireNotFoundException;
import jp.shinsa.application.questionnaire.QuestionnaireService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.contract.ProcessingStatus;
import jp.shinsa.domain.crosscheck.SelfAssessmentComparison;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationKind;
import jp.shinsa.domain.organisation.OrganisationRepository;
import jp.shinsa.domain.questionnaire.EvidenceFile;
import jp.shinsa.domain.questionnaire.EvidencePolicy;
import jp.shinsa.domain.questionnaire.Question;
import jp.shinsa.domain.questionnaire.Questionnaire;
import jp.shinsa.domain.questionnaire.QuestionnaireBasis;
import jp.shinsa.domain.questionnaire.QuestionnaireRuleException;
import jp.shinsa.domain.questionnaire.QuestionnaireStatus;
import jp.shinsa.domain.shared.Sha256;
import jp.shinsa.infrastructure.packaging.EvidenceRef;
import jp.shinsa.infrastructure.packaging.ImportedPackage;
import jp.shinsa.infrastructure.packaging.PackageHeader;
import jp.shinsa.infrastructure.packaging.PackagedFile;
import jp.shinsa.infrastructure.packaging.SubmissionAssembler;
import jp.shinsa.infrastructure.packaging.SubmissionAssembler.TermsDocument;
import jp.shinsa.infrastructure.packaging.SubmissionPackage;
import jp.shinsa.infrastructure.packaging.SubmissionPackageReader;
import jp.shinsa.infrastructure.packaging.SubmissionPackageWriter;
import jp.shinsa.infrastructure.packaging.SubmissionPdfRenderer;
import jp.shinsa.infrastructure.packaging.SubmittedAnswer;

/**
 * Export and import of submission packages. An import runs in one transaction: the package is
 * verified first, and any refused answer, evidence file or terms document rolls everything back, so
 * a bad package never leaves a half-loaded questionnaire or contract behind.
 */
@RequestScoped
@Transactional
public class SubmissionService {

  private static final Logger LOG = Logger.getLogger(SubmissionService.class.getName());

  @PersistenceContext(unitName = "shinsa")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;
  @Inject private CatalogueService catalogues;
  @Inject private ContractService contracts;
  @Inject private QuestionnaireService questionnaires;
  @Inject private OrganisationRepository organisations;

  /**
   * Builds the package for one of the supplier's own judged terms, with the answers of a
   * questionnaire addressed to the supplier's organisation, or of its own completed
   * self-assessment, if one is given.
   *
   * @throws SecurityException for anyone but a supplier of the contract's filing organisation
   * @throws IllegalStateException when the terms are not judged yet
   */
  public SubmissionExport export(long contractId, Long questionnaireId) {
    Contract contract = contracts.require(contractId);
    Organisation own = currentUser.organisation();
    if (!currentUser.isSupplier() || contract.getOwner().getId() != own.getId().longValue()) {
      throw new SecurityException("Only the supplier that filed these terms exports them");
    }
    ContractVersion version = contracts.latestVersion(contractId);
    if (version.getStatus() != ProcessingStatus.ANALYSED) {
      throw new IllegalStateException(
          "the terms are not judged yet (status " + version.getStatus() + "); try again shortly");
    }
    Questionnaire questionnaire = null;
    if (questionnaireId != null) {
      questionnaire = questionnaires.require(questionnaireId);
      if (questionnaire.getVendorOrganisationId() != own.getId().longValue()) {
        throw new QuestionnaireNotFoundException();
      }
      if (questionnaire.isSelfAssessment()
          && questionnaire.getStatus() != QuestionnaireStatus.COMPLETE) {
        throw new IllegalStateException(
            "the self-assessment is still being prepared; mark it complete before exporting it");
      }
    }
    Catalogue catalogue =
        catalogues.version(version.getCatalogueVersion()).orElseGet(catalogues::active);
    List<ItemJudgment> judgments = JudgmentRecords.of(contracts.findings(version.getId()));
    Instant now = clock.instant();
    PackageHeader header =
        PackageHeader.of(
            now,
            own.getCode(),
            own.getName(),
            contract.getProcurementModel(),
            catalogue.version(),
            questionnaire == null ? contract.getTitle() : questionnaire.getProcurementTitle());
    SubmissionPackage pkg =
        SubmissionAssembler.assemble(
            header,
            judgments,
            questionnaire,
            catalogue,
            List.of(new TermsDocument(version.getFileName(), contracts.content(version.getId()))));
    byte[] zip =
        new SubmissionPackageWriter(SubmissionPdfRenderer.withConfiguredFont(catalogue)).write(pkg);
    LOG.info(
        () ->
            "event=submission.exported contract=%d questionnaire=%s bytes=%d by=%s"
                .formatted(contractId, questionnaireId, zip.length, currentUser.getUsername()));
    return new SubmissionExport(
        "shinsa-submission-" + own.getCode() + "-" + contractId + ".zip", zip);
  }

  /**
   * Verifies and loads a package: the answers become a SUBMITTED questionnaire from the supplier,
   * the evidence files are attached under the same checks as an upload, and the first terms
   * document is filed as a contract the portal judges itself.
   *
   * @param title the procurement title, or null to take the package's
   * @param dueDate due date for clarifications, or null
   * @param into a questionnaire the agency already sent to the supplier, whose questions the
   *     package's answers must match; null to load the answers as a new questionnaire
   * @throws jp.shinsa.infrastructure.packaging.SubmissionPackageException for a refused package
   * @throws QuestionnaireRuleException for a refused answer or evidence file
   */
  public ImportResult importPackage(byte[] zip, String title, LocalDate dueDate, Long into) {
    if (!currentUser.isOfficer()) {
      throw new SecurityException("Only officers import submission packages");
    }
    ImportedPackage imported = new SubmissionPackageReader().read(zip);
    SubmissionPackage pkg = imported.submission();
    PackageHeader header = pkg.header();
    Organisation supplier =
        organisations
            .findByCode(header.supplierCode())
            .filter(o -> o.getKind() == OrganisationKind.COMPANY)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the package comes from supplier '"
                            + header.supplierCode()
                            + "', which is not a company registered on this portal"));
    if (pkg.terms().isEmpty()) {
      throw new IllegalArgumentException("the package carries no terms document to judge");
    }
    long buyer = currentUser.organisationId();
    long vendor = supplier.getId();
    Catalogue catalogue = catalogues.active();
    Instant now = clock.instant();
    String procurement =
        title != null && !title.isBlank()
            ? title
            : header.procurementTitle() != null && !header.procurementTitle().isBlank()
                ? header.procurementTitle()
                : header.supplierName();
    Questionnaire q =
        into != null
            ? target(into, vendor)
            : new Questionnaire(
                buyer,
                vendor,
                procurement,
                header.procurementModel(),
                catalogue.version(),
                dueDate,
                now);
    List<SubmittedAnswer> answers =
        pkg.content().answers().stream()
            .sorted(Comparator.comparingInt(SubmittedAnswer::questionNumber))
            .toList();
    if (answers.isEmpty()) {
      throw new QuestionnaireRuleException(
          QuestionnaireRuleException.Violation.INVALID_QUESTION,
          "the package carries no questionnaire answers");
    }
    Map<SubmittedAnswer, Integer> numbers = new HashMap<>();
    for (SubmittedAnswer a : answers) {
      numbers.put(a, into != null ? askedIn(q, a) : ask(q, a, catalogue, now));
    }
    if (into == null) {
      em.persist(q);
      q.send(buyer, now);
    }
    Map<String, PackagedFile> evidenceByPath = new HashMap<>();
    pkg.evidence().forEach(f -> evidenceByPath.put(f.path(), f));
    EvidencePolicy policy = questionnaires.evidencePolicy();
    int evidenceCount = 0;
    for (SubmittedAnswer a : answers) {
      int number = numbers.get(a);
      q.saveAnswer(vendor, number, a.answer(), a.explanation(), now);
      for (EvidenceRef ref : a.evidence()) {
        PackagedFile file = evidenceByPath.get(ref.path());
        q.attachEvidence(
            vendor,
            number,
            EvidenceFile.of(
                ref.fileName(), file.bytes(), ref.periodFrom(), ref.periodTo(), policy, now),
            now);
        evidenceCount++;
      }
    }
    // The answers are the supplier's; the officer who imported them is named beside the package.
    String actor = "package " + supplier.getCode() + " / " + currentUser.getUsername();
    q.submit(vendor, actor.length() > 100 ? actor.substring(0, 100) : actor, now);
    em.flush();
    PackagedFile terms = pkg.terms().get(0);
    UploadReceipt receipt =
        contracts.upload(
            new UploadRequest(
                terms.fileName(),
                terms.bytes(),
                vendor,
                q.getProcurementTitle(),
                header.procurementModel()));
    String sha = Sha256.hex(zip);
    QuestionnaireBasis link = questionnaires.link(q.getId());
    link.recordImport(sha, receipt.contractId(), JudgmentRecords.toJson(pkg.content().judgments()));
    em.flush();
    int loadedEvidence = evidenceCount;
    LOG.info(
        () ->
            "event=submission.imported questionnaire=%d contract=%d supplier=%s sha256=%s by=%s"
                .formatted(
                    q.getId(),
                    receipt.contractId(),
                    supplier.getCode(),
                    sha,
                    currentUser.getUsername()));
    return new ImportResult(
        q.getId(),
        receipt.contractId(),
        receipt.duplicate(),
        supplier.getCode(),
        answers.size(),
        loadedEvidence,
        sha);
  }

  /** A questionnaire the caller's agency sent to the package's supplier. */
  private Questionnaire target(long id, long supplierId) {
    Questionnaire q = questionnaires.require(id);
    if (!questionnaires.isBuyer(q)) {
      throw new QuestionnaireNotFoundException();
    }
    if (q.getVendorOrganisationId() != supplierId) {
      throw new IllegalArgumentException(
          "the package comes from another company than the questionnaire was sent to");
    }
    return q;
  }

  /** The question of an existing questionnaire an answer belongs to: same item, or same number. */
  private static int askedIn(Questionnaire q, SubmittedAnswer a) {
    return (a.itemId() != null
            ? q.findQuestionForItem(a.itemId())
            : q.findQuestion(a.questionNumber()).filter(x -> x.getItemId().isEmpty()))
        .map(Question::getNumber)
        .orElseThrow(
            () ->
                new QuestionnaireRuleException(
                    QuestionnaireRuleException.Violation.UNKNOWN_QUESTION,
                    "answer Q"
                        + a.questionNumber()
                        + (a.itemId() == null ? "" : " (" + a.itemId() + ")")
                        + " has no matching question in questionnaire "
                        + q.getId()));
  }

  /** Adds the question an answer was given to, to a questionnaire being built from a package. */
  private static int ask(Questionnaire q, SubmittedAnswer a, Catalogue catalogue, Instant now) {
    if (a.itemId() == null) {
      return q.addOwnQuestion(a.question(), false, now).getNumber();
    }
    ChecklistItem item =
        catalogue
            .item(a.itemId())
            .orElseThrow(
                () ->
                    new QuestionnaireRuleException(
                        QuestionnaireRuleException.Violation.UNKNOWN_QUESTION,
                        "answer Q"
                            + a.questionNumber()
                            + " is to item "
                            + a.itemId()
                            + ", which the portal's checklist does not have"));
    return q.addCatalogueQuestion(item, false, now).getNumber();
  }

  /** The supplier's claims against the portal's judgment, for an imported questionnaire. */
  public SelfAssessmentView selfAssessment(long questionnaireId) {
    Questionnaire q = questionnaires.require(questionnaireId);
    QuestionnaireBasis link = questionnaires.link(questionnaireId);
    if (link.getPackageSha256().isEmpty() || link.getContractId().isEmpty()) {
      throw new QuestionnaireNotFoundException();
    }
    long contractId = link.getContractId().get();
    ContractVersion version = contracts.latestVersion(contractId);
    List<ItemJudgment> claimed = JudgmentRecords.fromJson(link.getClaimedJudgments().orElse(""));
    List<ItemJudgment> judged =
        version.getStatus() == ProcessingStatus.ANALYSED
            ? JudgmentRecords.of(contracts.findings(version.getId()))
            : List.of();
    return new SelfAssessmentView(
        contractId,
        version.getStatus().name(),
        link.getPackageSha256().get(),
        claimed.size(),
        judged.isEmpty() ? new ArrayList<>() : SelfAssessmentComparison.compare(claimed, judged));
  }
}
