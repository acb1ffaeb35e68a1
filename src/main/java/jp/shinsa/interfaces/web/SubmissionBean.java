package jp.shinsa.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import jp.shinsa.application.analysis.AnalysisWorker;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.questionnaire.QuestionnaireService;
import jp.shinsa.application.submission.ImportResult;
import jp.shinsa.application.submission.SubmissionExport;
import jp.shinsa.application.submission.SubmissionService;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.infrastructure.packaging.SubmissionPackageReader;

/**
 * The submission-package page: a supplier downloads the package of its own judged terms (with the
 * answers of a questionnaire addressed to it); an officer imports a supplier's package and is taken
 * to the loaded questionnaire, where the supplier's claims are compared with the portal's judgment.
 */
@Named
@ViewScoped
public class SubmissionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One of the supplier's own terms documents. */
  public record TermsRow(long contractId, String title, String model, String status) {}

  @Inject private SubmissionService submissions;
  @Inject private ContractService contracts;
  @Inject private QuestionnaireService questionnaires;
  @Inject private CurrentUser currentUser;
  @Inject private AnalysisWorker worker;

  private Long questionnaireId;
  private Long intoId;
  private transient Part file;
  private String title;

  public boolean isSupplier() {
    return currentUser.isSupplier();
  }

  public boolean isOfficer() {
    return currentUser.isOfficer();
  }

  public List<TermsRow> getOwnTerms() {
    long own = currentUser.organisationId();
    return contracts.list().stream()
        .filter(c -> c.getOwner().getId() == own && c.isSelfAssessment())
        .map(this::row)
        .toList();
  }

  private TermsRow row(Contract c) {
    return new TermsRow(
        c.getId(),
        c.getTitle(),
        c.getProcurementModel().name(),
        contracts.latestVersion(c.getId()).getStatus().name());
  }

  /**
   * Questionnaires whose answers can go into the package: those agencies sent to the supplier's
   * company and its own self-assessments (exportable once complete), the latter marked as such.
   */
  public List<QuestionnaireListBean.Choice> getQuestionnaires() {
    long own = currentUser.organisationId();
    return questionnaires.list().stream()
        .filter(q -> q.getVendorOrganisationId() == own)
        .map(
            q ->
                new QuestionnaireListBean.Choice(
                    String.valueOf(q.getId()),
                    q.getProcurementTitle()
                        + (q.isSelfAssessment()
                            ? " (" + QuestionnaireMessages.get("sa.kind") + ")"
                            : "")))
        .toList();
  }

  /** Questionnaires the officer's agency sent that still wait for the vendor's answers. */
  public List<QuestionnaireListBean.Choice> getOpenQuestionnaires() {
    long own = currentUser.organisationId();
    return questionnaires.list().stream()
        .filter(q -> q.getBuyerOrganisationId() == own && q.getStatus().vendorMayAnswer())
        .map(
            q ->
                new QuestionnaireListBean.Choice(
                    String.valueOf(q.getId()), q.getProcurementTitle()))
        .toList();
  }

  /** Streams the package as a download, or explains why it cannot be built. */
  public void download(long contractId) throws IOException {
    SubmissionExport export;
    try {
      export = submissions.export(contractId, questionnaireId);
    } catch (RuntimeException e) {
      if (QuestionnaireMessages.explain(e)) {
        return;
      }
      throw e;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    ec.responseReset();
    ec.setResponseContentType("application/zip");
    ec.setResponseContentLength(export.zip().length);
    ec.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    try (OutputStream out = ec.getResponseOutputStream()) {
      out.write(export.zip());
    }
    faces.responseComplete();
  }

  public String importPackage() {
    if (file == null || file.getSize() == 0) {
      QuestionnaireMessages.error("q.error.nofile");
      return null;
    }
    long limit = SubmissionPackageReader.Limits.defaults().maxTotalBytes();
    byte[] zip;
    try (InputStream in = file.getInputStream()) {
      zip = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      QuestionnaireMessages.error("q.error.rule", e.getMessage());
      return null;
    }
    ImportResult result;
    try {
      result = submissions.importPackage(zip, title, null, intoId);
    } catch (RuntimeException e) {
      if (QuestionnaireMessages.explain(e)) {
        return null;
      }
      throw e;
    }
    if (!result.contractDuplicate()) {
      worker.wake();
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    QuestionnaireMessages.info("s.import.done", result.answers(), result.evidenceFiles());
    return "/app/questionnaires/view.xhtml?faces-redirect=true&id=" + result.questionnaireId();
  }

  public Long getQuestionnaireId() {
    return questionnaireId;
  }

  public void setQuestionnaireId(Long questionnaireId) {
    this.questionnaireId = questionnaireId;
  }

  public Long getIntoId() {
    return intoId;
  }

  public void setIntoId(Long intoId) {
    this.intoId = intoId;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
