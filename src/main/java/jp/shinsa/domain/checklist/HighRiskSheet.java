package jp.shinsa.domain.checklist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DS-920 high-risk determination sheet (高リスク判定シート): four viewpoints on the planned use, each
 * answered by choosing one option. A "potentially high-risk" result brings further DS-920 items
 * into the specification and contract, so the sheet also names those items.
 *
 * @param version sheet version
 * @param sourceNote where the content comes from and how far it is confirmed, ja/en
 * @param viewpoints the viewpoints in display order
 * @param requiredWhenHighRisk item IDs expected whenever the result is potentially high-risk
 */
public record HighRiskSheet(
    String version,
    LocalizedText sourceNote,
    List<Viewpoint> viewpoints,
    List<String> requiredWhenHighRisk) {

  public HighRiskSheet {
    viewpoints = List.copyOf(viewpoints);
    requiredWhenHighRisk = List.copyOf(requiredWhenHighRisk);
  }

  /**
   * Assesses a set of answers (viewpoint code → option code). An unanswered viewpoint counts as
   * high-risk: a project must not escape the stricter items by leaving a question open.
   *
   * @throws IllegalArgumentException if an answer names an unknown viewpoint or option
   */
  public HighRiskAssessment assess(Map<String, String> answers) {
    for (String code : answers.keySet()) {
      if (viewpoints.stream().noneMatch(v -> v.code().equals(code))) {
        throw new IllegalArgumentException("unknown viewpoint '" + code + "'");
      }
    }
    List<String> triggeredBy = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    Set<String> required = new LinkedHashSet<>();
    for (Viewpoint viewpoint : viewpoints) {
      String chosen = answers.get(viewpoint.code());
      if (chosen == null) {
        unanswered.add(viewpoint.code());
        triggeredBy.add(viewpoint.code());
        continue;
      }
      AnswerOption option =
          viewpoint.options().stream()
              .filter(o -> o.code().equals(chosen))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown option '"
                              + chosen
                              + "' for viewpoint '"
                              + viewpoint.code()
                              + "'"));
      if (option.highRisk()) {
        triggeredBy.add(viewpoint.code());
      }
      required.addAll(option.requires());
    }
    boolean highRisk = !triggeredBy.isEmpty();
    if (highRisk) {
      required.addAll(requiredWhenHighRisk);
    }
    return new HighRiskAssessment(highRisk, triggeredBy, unanswered, List.copyOf(required));
  }

  /**
   * One viewpoint of the sheet.
   *
   * @param code stable code answers refer to
   * @param title heading, ja/en
   * @param question what the planner answers, ja/en
   * @param options the possible answers
   */
  public record Viewpoint(
      String code, LocalizedText title, LocalizedText question, List<AnswerOption> options) {
    public Viewpoint {
      options = List.copyOf(options);
    }
  }

  /**
   * One possible answer to a viewpoint.
   *
   * @param code stable option code
   * @param label answer text, ja/en
   * @param highRisk whether choosing it makes the project potentially high-risk
   * @param requires item IDs this answer brings in on its own (e.g. citizen-facing disclosure)
   */
  public record AnswerOption(
      String code, LocalizedText label, boolean highRisk, List<String> requires) {
    public AnswerOption {
      requires = List.copyOf(requires);
    }
  }

  /**
   * The outcome of {@link #assess}.
   *
   * @param potentiallyHighRisk whether the CAIO must treat the project as potentially high-risk
   * @param triggeredBy viewpoint codes that made it so (including unanswered ones)
   * @param unanswered viewpoint codes with no answer
   * @param requiredItems DS-920 item IDs to add to the specification and contract review
   */
  public record HighRiskAssessment(
      boolean potentiallyHighRisk,
      List<String> triggeredBy,
      List<String> unanswered,
      List<String> requiredItems) {}
}
