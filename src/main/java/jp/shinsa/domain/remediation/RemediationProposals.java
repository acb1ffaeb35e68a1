package jp.shinsa.domain.remediation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ModelClause;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;

/**
 * Turns a finding into a {@link RemediationProposal}: the problem in plain words (ja/en, from the
 * templates in {@code problem-text*.properties}, naming the clause and the engine's reason), the
 * first model clause written for the item under the contract's procurement model, and a priority
 * from the item's severity under that model.
 */
public final class RemediationProposals {

  private static final String BUNDLE = "jp.shinsa.domain.remediation.problem-text";

  private RemediationProposals() {}

  /** Where the proposal belongs: tenant, vendor and contract version. */
  public record Target(
      Long organisationId, Long vendorOrganisationId, Long contractId, Long contractVersionId) {}

  /**
   * @param target where the item belongs
   * @param model the contract's procurement model
   * @param item the checklist item of the finding
   * @param finding the finding
   * @param effectiveOutcome the outcome after any officer's review (usually the finding's own)
   * @param clauses the model clause library's clauses (any order; filtered here)
   * @param automatic true when the policy proposes it, false when an officer opens it
   */
  public static RemediationProposal propose(
      Target target,
      ProcurementModel model,
      ChecklistItem item,
      ItemJudgment finding,
      Outcome effectiveOutcome,
      List<ModelClause> clauses,
      boolean automatic) {
    Objects.requireNonNull(item, "checklist item");
    Objects.requireNonNull(finding, "finding");
    if (!item.id().equals(finding.itemId())) {
      throw new IllegalArgumentException(
          "finding " + finding.itemId() + " does not belong to item " + item.id());
    }
    if (!RemediationPolicy.isGap(effectiveOutcome)) {
      throw new RemediationException(
          "There is nothing to remediate for "
              + item.id()
              + ": its finding is "
              + effectiveOutcome
              + ".");
    }
    Optional<ModelClause> clause =
        clauses.stream().filter(c -> c.fits(item.id(), model)).findFirst();
    return new RemediationProposal(
        target.organisationId(),
        target.vendorOrganisationId(),
        target.contractId(),
        target.contractVersionId(),
        item.id(),
        effectiveOutcome,
        problem(item, finding, effectiveOutcome),
        clause.map(ModelClause::id).orElse(null),
        clause.map(ModelClause::text).orElse(null),
        Priority.from(model == null ? null : item.severityFor(model)),
        automatic);
  }

  /** What is wrong, in plain words, in both languages. */
  public static LocalizedText problem(ChecklistItem item, ItemJudgment finding, Outcome outcome) {
    return new LocalizedText(
        problem(Locale.JAPANESE, item, finding, outcome, finding.reasonJa()),
        problem(Locale.ENGLISH, item, finding, outcome, finding.reason()));
  }

  private static String problem(
      Locale locale, ChecklistItem item, ItemJudgment finding, Outcome outcome, String reason) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String clauseRef =
        finding.evidence().stream()
            .map(Evidence::clauseRef)
            .filter(r -> r != null && !r.isBlank())
            .findFirst()
            .orElse(bundle.getString("clause.unknown"));
    StringBuilder text =
        new StringBuilder(
            MessageFormat.format(
                bundle.getString("problem." + outcome.name()), item.title().in(locale), clauseRef));
    text.append(' ')
        .append(MessageFormat.format(bundle.getString("question"), item.question().in(locale)));
    if (reason != null && !reason.isBlank()) {
      text.append(' ').append(MessageFormat.format(bundle.getString("reason"), reason.strip()));
    }
    return text.toString();
  }
}
