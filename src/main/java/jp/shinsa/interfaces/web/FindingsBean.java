package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinsa.application.contract.ContractNotFoundException;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.remediation.RemediationService;
import jp.shinsa.application.review.ReviewService;
import jp.shinsa.application.review.ReviewedFinding;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.remediation.RemediationException;
import jp.shinsa.domain.review.ReviewDecision;
import jp.shinsa.domain.review.ReviewException;

/**
 * The findings page of one contract version: the checklist grouped by heading, filtered by status
 * and severity, with the officer's review actions and the report downloads.
 */
@Named
@ViewScoped
public class FindingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One heading of the checklist with its findings. */
  public record Group(String code, LocalizedText title, List<ReviewedFinding> findings) {}

  @Inject private ContractService contracts;
  @Inject private ReviewService reviews;
  @Inject private RemediationService remediation;
  @Inject private CurrentUser currentUser;

  private Long contract;
  private Integer version;
  private String status;
  private String severity;

  // The review dialog.
  private String itemId;
  private String decision;
  private String outcome;
  private String reason;

  private transient Contract contractRecord;
  private transient ContractVersion versionRecord;
  private transient List<ReviewedFinding> findings;
  private transient List<jp.shinsa.application.review.ClauseChange> changes;
  private boolean missing;

  public void load() {
    try {
      if (contract == null) {
        missing = true;
        return;
      }
      contractRecord = contracts.require(contract);
      versionRecord =
          version == null
              ? contracts.latestVersion(contract)
              : contracts.requireVersion(contract, version);
      version = versionRecord.getVersionNo();
      findings = reviews.findings(contract, version);
    } catch (ContractNotFoundException e) {
      missing = true;
    }
  }

  private void ensureLoaded() {
    if (!missing && (findings == null || contractRecord == null)) {
      load();
    }
  }

  public List<Group> getGroups() {
    ensureLoaded();
    if (missing) {
      return List.of();
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (ReviewedFinding f : findings) {
      if (status != null && !status.isBlank() && !f.effectiveOutcome().name().equals(status)) {
        continue;
      }
      if (severity != null
          && !severity.isBlank()
          && (f.severity() == null || !f.severity().name().equals(severity))) {
        continue;
      }
      groups
          .computeIfAbsent(f.groupCode(), g -> new Group(g, f.groupTitle(), new ArrayList<>()))
          .findings()
          .add(f);
    }
    return List.copyOf(groups.values());
  }

  public int getShownCount() {
    return getGroups().stream().mapToInt(g -> g.findings().size()).sum();
  }

  /** Clause changes since the previous version (none for version 1). */
  public List<jp.shinsa.application.review.ClauseChange> getChanges() {
    ensureLoaded();
    if (missing) {
      return List.of();
    }
    if (changes == null) {
      changes = reviews.changesSincePrevious(contract, version);
    }
    return changes;
  }

  public List<ContractVersion> getVersions() {
    ensureLoaded();
    return missing ? List.of() : contracts.versions(contract);
  }

  /** Officers of the filing organisation review; others only read. */
  public boolean isReviewer() {
    ensureLoaded();
    return !missing
        && currentUser.isOfficer()
        && contractRecord.getOwner().getId() == currentUser.organisationId();
  }

  public void startReview(String item, String kind) {
    this.itemId = item;
    this.decision = kind;
    this.outcome = null;
    this.reason = null;
  }

  public void submitReview() {
    try {
      reviews.review(
          contract,
          version,
          itemId,
          ReviewDecision.valueOf(decision),
          outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome),
          reason);
      RemediationMessages.info("findings.reviewed", itemId);
      findings = null;
      org.primefaces.PrimeFaces.current().executeScript("PF('reviewDialog').hide()");
    } catch (ReviewException | RemediationException e) {
      RemediationMessages.errorText(e.getMessage());
    }
  }

  public void confirm(String item) {
    startReview(item, ReviewDecision.CONFIRMED.name());
    submitReview();
  }

  public void openRemediation(String item) {
    try {
      var opened = remediation.open(contract, item);
      RemediationMessages.info("findings.remediationOpened", item, opened.getId());
      findings = null;
    } catch (RemediationException e) {
      RemediationMessages.errorText(e.getMessage());
    }
  }

  public String title(ReviewedFinding f) {
    return f.item() == null ? f.itemId() : f.item().title().in(locale());
  }

  public String question(ReviewedFinding f) {
    return f.item() == null ? "" : f.item().question().in(locale());
  }

  public String reasonText(ReviewedFinding f) {
    String ja = f.judgment().reasonJa();
    String en = f.judgment().reason();
    return "ja".equals(locale().getLanguage()) && ja != null && !ja.isBlank() ? ja : en;
  }

  public String groupTitle(Group g) {
    return g.title() == null ? g.code() : g.title().in(locale());
  }

  public String severityClass(Outcome o) {
    return switch (o) {
      case SATISFIED -> "success";
      case PARTIAL -> "warning";
      case MISSING -> "info";
      case UNFAVOURABLE -> "danger";
      case NOT_APPLICABLE -> "secondary";
    };
  }

  /** Where the report of this version downloads from (session-authenticated REST). */
  public String reportUrl(String format, String lang) {
    return "/api/v1/contracts/"
        + contract
        + "/report?format="
        + format
        + "&lang="
        + lang
        + "&version="
        + version;
  }

  public List<String> getOutcomes() {
    return List.of("SATISFIED", "PARTIAL", "MISSING", "UNFAVOURABLE", "NOT_APPLICABLE");
  }

  public List<String> getOverrideOutcomes() {
    return List.of("SATISFIED", "PARTIAL", "MISSING", "UNFAVOURABLE");
  }

  public List<String> getSeverities() {
    return List.of("HIGH", "MEDIUM", "LOW");
  }

  private static Locale locale() {
    return RemediationMessages.locale();
  }

  public boolean isMissing() {
    ensureLoaded();
    return missing;
  }

  public Contract getContractRecord() {
    ensureLoaded();
    return contractRecord;
  }

  public ContractVersion getVersionRecord() {
    ensureLoaded();
    return versionRecord;
  }

  public Long getContract() {
    return contract;
  }

  public void setContract(Long contract) {
    this.contract = contract;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  public String getItemId() {
    return itemId;
  }

  public String getDecision() {
    return decision;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
