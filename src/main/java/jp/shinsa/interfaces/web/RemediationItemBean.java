package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import jp.shinsa.application.analysis.AnalysisWorker;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.contract.UploadReceipt;
import jp.shinsa.application.remediation.ConcurrentChangeException;
import jp.shinsa.application.remediation.RemediationNotFoundException;
import jp.shinsa.application.remediation.RemediationService;
import jp.shinsa.domain.remediation.Priority;
import jp.shinsa.domain.remediation.RemediationException;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationState;
import jp.shinsa.infrastructure.pdf.InvalidContractFileException;
import org.primefaces.event.FileUploadEvent;

/**
 * One remediation item: the officer's workflow and plan, the vendor's reply, proposed wording and
 * amended contract, the thread and the history. The item's version as loaded is sent with every
 * change, so a change made by someone else in the meantime is reported instead of overwritten.
 */
@Named
@ViewScoped
public class RemediationItemBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RemediationService remediation;
  @Inject private CatalogueService catalogues;
  @Inject private ContractService contracts;
  @Inject private AnalysisWorker worker;

  private Long id;
  private long seenVersion;
  private boolean missing;

  private String note;
  private String approver;
  private String wording;
  private String commentText;
  private String owner;
  private String vendorContact;
  private LocalDate dueDate;
  private String priority;

  private transient RemediationItem item;

  public void load() {
    if (id == null) {
      missing = true;
      return;
    }
    try {
      item = remediation.require(id);
      seenVersion = item.getVersion();
      owner = item.getOwner();
      vendorContact = item.getVendorContact();
      dueDate = item.getDueDate();
      priority = item.getPriority().name();
    } catch (RemediationNotFoundException e) {
      missing = true;
    }
  }

  public RemediationItem getItem() {
    if (item == null && !missing && id != null) {
      try {
        item = remediation.require(id);
      } catch (RemediationNotFoundException e) {
        missing = true;
      }
    }
    return item;
  }

  public boolean isMissing() {
    getItem();
    return missing;
  }

  public boolean isBuyer() {
    return getItem() != null && remediation.isBuyerSide(item);
  }

  public boolean isVendor() {
    return getItem() != null && remediation.isVendorSide(item);
  }

  public boolean can(String state) {
    return getItem() != null && item.getState().canMoveTo(RemediationState.valueOf(state));
  }

  public String getTitle() {
    RemediationItem i = getItem();
    if (i == null) {
      return "";
    }
    return catalogues
        .active()
        .item(i.getItemId())
        .map(c -> c.title().in(RemediationMessages.locale()))
        .orElse(i.getItemId());
  }

  public String getProblem() {
    return getItem() == null ? "" : item.getProblem().in(RemediationMessages.locale());
  }

  public boolean isOverdue() {
    return getItem() != null && item.isOverdue(LocalDate.now());
  }

  // --- actions -------------------------------------------------------------------------------

  public void send() {
    act(() -> remediation.send(id, seenVersion, note), "remediation.done.sent");
  }

  public void returnToVendor() {
    act(() -> remediation.returnToVendor(id, seenVersion, note), "remediation.done.returned");
  }

  public void agree() {
    act(() -> remediation.agree(id, seenVersion, note), "remediation.done.agreed");
  }

  public void verify() {
    act(() -> remediation.verify(id, seenVersion, note), "remediation.done.verified");
  }

  public void waive() {
    act(() -> remediation.waive(id, seenVersion, approver, note), "remediation.done.waived");
  }

  public void reopen() {
    act(() -> remediation.reopen(id, seenVersion, note), "remediation.done.reopened");
  }

  public void savePlan() {
    act(
        () ->
            remediation.plan(
                id,
                seenVersion,
                owner,
                vendorContact,
                dueDate,
                priority == null || priority.isBlank()
                    ? null
                    : Priority.valueOf(priority.toUpperCase(Locale.ROOT))),
        "remediation.done.planned");
  }

  public void proposeWording() {
    act(
        () -> remediation.proposeWording(id, seenVersion, note, wording),
        "remediation.done.proposed");
  }

  public void comment() {
    act(() -> remediation.comment(id, commentText, null), "remediation.done.commented");
  }

  /** The vendor (or the buyer) sends the amended contract; it is judged as the next version. */
  public void uploadAmended(FileUploadEvent event) {
    RemediationItem i = getItem();
    if (i == null) {
      return;
    }
    try {
      UploadReceipt receipt =
          contracts.uploadVersion(
              i.getContractId(), event.getFile().getFileName(), event.getFile().getContent());
      if (!receipt.duplicate()) {
        worker.wake();
      }
      remediation.comment(
          id, RemediationMessages.get("remediation.amendedUploaded", receipt.versionNo()), null);
      RemediationMessages.info("remediation.amendedUploaded", receipt.versionNo());
      item = null;
    } catch (InvalidContractFileException | IllegalArgumentException | SecurityException e) {
      RemediationMessages.errorText(e.getMessage());
    }
  }

  private void act(Supplier<RemediationItem> action, String doneKey) {
    try {
      item = action.get();
      seenVersion = item.getVersion();
      note = null;
      wording = null;
      commentText = null;
      approver = null;
      RemediationMessages.info(doneKey);
    } catch (ConcurrentChangeException e) {
      RemediationMessages.error(
          "remediation.concurrent", e.changedBy() == null ? "?" : e.changedBy());
      item = null;
    } catch (RemediationException | SecurityException e) {
      RemediationMessages.errorText(e.getMessage());
      item = null;
    }
  }

  /** Throws away the form and shows the item as it is now. */
  public void reload() {
    item = null;
    load();
  }

  public List<String> getPriorities() {
    return List.of("HIGH", "MEDIUM", "LOW");
  }

  // --- properties ----------------------------------------------------------------------------

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getSeenVersion() {
    return seenVersion;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getApprover() {
    return approver;
  }

  public void setApprover(String approver) {
    this.approver = approver;
  }

  public String getWording() {
    return wording;
  }

  public void setWording(String wording) {
    this.wording = wording;
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String commentText) {
    this.commentText = commentText;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getVendorContact() {
    return vendorContact;
  }

  public void setVendorContact(String vendorContact) {
    this.vendorContact = vendorContact;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }
}
