package jp.shinsa.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.shinsa.application.review.ReviewedFinding;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.review.Review;

/**
 * One row of the findings page, every text already in the page's language. The page reads only bean
 * properties: EL resolves a method call such as {@code f.itemId()} or {@code 'outcome.'.concat(x)}
 * by listing the class's methods through reflection on every call, and with a dozen calls per row
 * across 137 rows that was a large part of drawing the page.
 */
public final class FindingRow {

  /** One evidence clause with the link that opens it in the viewer. */
  public static final class EvidenceLink {
    private final Evidence evidence;
    private final String href;

    EvidenceLink(Evidence evidence, String href) {
      this.evidence = evidence;
      this.href = href;
    }

    public String getClauseRef() {
      return evidence.clauseRef();
    }

    public String getClausePath() {
      return evidence.clausePath();
    }

    public int getPage() {
      return evidence.page();
    }

    public String getQuote() {
      return evidence.quote();
    }

    public String getHref() {
      return href;
    }
  }

  private final ReviewedFinding finding;
  private final String title;
  private final String question;
  private final String reason;
  private final String outcomeLabel;
  private final String engineOutcomeLabel;
  private final String severityLabel;
  private final String decisionLabel;
  private final String remediationLabel;
  private final List<EvidenceLink> evidence;

  /**
   * @param viewerUrl the viewer of the judged version; the clause path is appended to it
   */
  static FindingRow of(
      ReviewedFinding f, Locale locale, ResourceBundle messages, String viewerUrl) {
    return new FindingRow(f, locale, messages, viewerUrl);
  }

  private FindingRow(ReviewedFinding f, Locale locale, ResourceBundle messages, String viewerUrl) {
    this.finding = f;
    this.title = f.item() == null ? f.itemId() : f.item().title().in(locale);
    this.question = f.item() == null ? "" : f.item().question().in(locale);
    String ja = f.judgment().reasonJa();
    this.reason =
        "ja".equals(locale.getLanguage()) && ja != null && !ja.isBlank()
            ? ja
            : f.judgment().reason();
    this.outcomeLabel = messages.getString("outcome." + f.effectiveOutcome().name());
    this.engineOutcomeLabel = messages.getString("outcome." + f.engineOutcome().name());
    this.severityLabel =
        f.severity() == null ? "" : messages.getString("severity." + f.severity().name());
    this.decisionLabel =
        f.review() == null ? "" : messages.getString("decision." + f.review().getDecision().name());
    this.remediationLabel =
        f.remediation() == null
            ? ""
            : messages.getString("state." + f.remediation().getState().name());
    this.evidence =
        f.evidence().stream()
            .map(
                e ->
                    new EvidenceLink(
                        e,
                        e.clausePath() == null
                            ? viewerUrl
                            : viewerUrl
                                + "&clause="
                                + URLEncoder.encode(e.clausePath(), StandardCharsets.UTF_8)))
            .toList();
  }

  /** The tag colour of an outcome. */
  static String tagSeverity(Outcome o) {
    return switch (o) {
      case SATISFIED -> "success";
      case PARTIAL -> "warning";
      case MISSING -> "info";
      case UNFAVOURABLE -> "danger";
      case NOT_APPLICABLE -> "secondary";
    };
  }

  public String getItemId() {
    return finding.itemId();
  }

  public String getTitle() {
    return title;
  }

  public String getQuestion() {
    return question;
  }

  public String getReason() {
    return reason;
  }

  public String getOutcomeLabel() {
    return outcomeLabel;
  }

  public String getOutcomeTag() {
    return tagSeverity(finding.effectiveOutcome());
  }

  public String getEngineOutcomeLabel() {
    return engineOutcomeLabel;
  }

  public String getSeverityLabel() {
    return severityLabel;
  }

  public boolean isOverridden() {
    return finding.overridden();
  }

  /** Reviewed without overriding: confirmed, or marked not applicable. */
  public boolean isReviewedAsIs() {
    return finding.review() != null && !finding.overridden();
  }

  public String getDecisionLabel() {
    return decisionLabel;
  }

  public String getReviewer() {
    Review r = finding.review();
    return r == null ? null : r.getReviewer();
  }

  public String getReviewReason() {
    Review r = finding.review();
    return r == null ? null : r.getReason();
  }

  public List<EvidenceLink> getEvidence() {
    return evidence;
  }

  public Long getRemediationId() {
    return finding.remediation() == null ? null : finding.remediation().getId();
  }

  public String getRemediationLabel() {
    return remediationLabel;
  }

  /** A gap with no remediation item yet: an officer may open one. */
  public boolean isOpenable() {
    return finding.remediation() == null && finding.isGap();
  }
}
