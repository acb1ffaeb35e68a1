package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.shinsa.application.analysis.AnalysisWorker;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.contract.UploadReceipt;
import jp.shinsa.application.contract.UploadRequest;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.organisation.OrganisationService;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.infrastructure.pdf.InvalidContractFileException;
import org.primefaces.event.FileUploadEvent;

/**
 * Uploading one or many contract PDFs. Each file becomes its own contract (or is recognised as
 * already uploaded); a refused file is reported with its reason and does not stop the others.
 */
@Named
@ViewScoped
public class ContractUploadBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What happened to one uploaded file. */
  public record Result(
      String fileName, Long contractId, String messageKey, String detail, boolean ok)
      implements Serializable {}

  @Inject private ContractService contracts;
  @Inject private OrganisationService organisations;
  @Inject private CurrentUser currentUser;
  @Inject private AnalysisWorker worker;

  private Long vendorId;
  private ProcurementModel model = ProcurementModel.M1;
  private String title;
  private final List<Result> results = new ArrayList<>();

  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    try {
      UploadReceipt r =
          contracts.upload(
              new UploadRequest(
                  name, event.getFile().getContent(), vendorId, titleFor(name), model));
      if (r.duplicate()) {
        results.add(new Result(name, r.contractId(), "upload.duplicate", null, true));
      } else {
        results.add(new Result(name, r.contractId(), "upload.queued", null, true));
        worker.wake();
      }
    } catch (InvalidContractFileException e) {
      results.add(
          new Result(name, null, "upload.error." + e.getCode().name(), e.getMessage(), false));
    } catch (IllegalArgumentException | SecurityException e) {
      results.add(new Result(name, null, "upload.error.INVALID", e.getMessage(), false));
    }
  }

  /** One title for a single file; with several files each gets its own file name appended. */
  private String titleFor(String fileName) {
    if (title == null || title.isBlank()) {
      return null;
    }
    return results.isEmpty() ? title : title + " (" + fileName + ")";
  }

  public List<Organisation> getVendors() {
    return organisations.vendorCompanies();
  }

  public boolean isChoosesVendor() {
    return currentUser.isOfficer();
  }

  public ProcurementModel[] getModels() {
    return ProcurementModel.values();
  }

  public List<Result> getResults() {
    return results;
  }

  public Long getVendorId() {
    return vendorId;
  }

  public void setVendorId(Long vendorId) {
    this.vendorId = vendorId;
  }

  public ProcurementModel getModel() {
    return model;
  }

  public void setModel(ProcurementModel model) {
    this.model = model;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
