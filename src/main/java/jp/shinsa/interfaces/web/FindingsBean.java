package jp.shinsa.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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

  /** One heading of the checklist with its rows (bean properties, see {@link FindingRow}). */
  public static final class Group {
    private final String code;
    private final String title;
    private final List<FindingRow> rows = new ArrayList<>();

    Group(String code, String title) {
      this.code = code;
      this.title = title;
    }

    public String getCode() {
      return code;
    }

    public String getTitle() {
      return title;
    }

    public List<FindingRow> getRows() {
      return rows;
    }
  }

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

  /** The filtered groups of this request; the page asks for them several times while drawing. */
  private transient List<Group> groups;

  private transient Boolean reviewer;
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
      groups = null;
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
    if (groups == null) {
      groups = filteredGroups();
    }
    return groups;
  }

  private List<Group> filteredGroups() {
    Locale locale = locale();
    ResourceBundle messages = ResourceBundle.getBundle(RemediationMessages.BUNDLE, locale);
    String viewer =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/app/contracts/view.xhtml?id="
            + contract
            + "&version="
            + version;
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
          .computeIfAbsent(f.groupCode(), g -> new Group(g, groupTitle(g, f.groupTitle(), locale)))
          .getRows()
          .add(FindingRow.of(f, locale, messages, viewer));
    }
    return List.copyOf(groups.values());
  }

  private static String groupTitle(String code, LocalizedText title, Locale locale) {
    return title == null ? code : title.in(locale);
  }

  public int getShownCount() {
    return getGroups().stream().mapToInt(g -> g.getRows().size()).sum();
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
    if (reviewer == null) {
      reviewer =
          !missing
              && currentUser.isOfficer()
              && contractRecord.getOwner().getId() == currentUser.organisationId();
    }
    return reviewer;
  }

  /** Opens the review dialog for an override or "not applicable" (from the row's button). */
  public void startReview(String item, String kind) {
    if (!isReviewer() || !isDecision(kind)) {
      return;
    }
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
      forgetFindings();
      org.primefaces.PrimeFaces.current().executeScript("PF('reviewDialog').hide()");
    } catch (ReviewException | RemediationException e) {
      RemediationMessages.errorText(e.getMessage());
    }
  }

  public void confirm(String item) {
    if (!isReviewer()) {
      return;
    }
    startReview(item, ReviewDecision.CONFIRMED.name());
    submitReview();
  }

  private static boolean isDecision(String kind) {
    return kind != null
        && java.util.Arrays.stream(ReviewDecision.values()).anyMatch(d -> d.name().equals(kind));
  }

  private void forgetFindings() {
    findings = null;
    groups = null;
  }

  public void openRemediation(String item) {
    if (!isReviewer()) {
      return;
    }
    try {
      var opened = remediation.open(contract, item);
      RemediationMessages.info("findings.remediationOpened", item, opened.getId());
      forgetFindings();
    } catch (RemediationException e) {
      RemediationMessages.errorText(e.getMessage());
    }
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
    groups = null;
  }

  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
    groups = null;
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
