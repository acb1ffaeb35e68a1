package jp.shinsa.application.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistGroup;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.review.ClauseFingerprint;

/**
 * What an analysis stored for one version, read once and placed in its catalogue: the judgments in
 * checklist order, each with its clause fingerprint and heading. It changes only when an analysis
 * replaces the findings, unlike the reviews and remediation items applied on top of it.
 *
 * @param findings in catalogue order (groups as the checklist prints them, items in their order
 *     within); items the catalogue no longer has come last
 */
public record JudgedVersion(List<Judged> findings) {

  /**
   * One stored judgment with what every reader of it needs.
   *
   * @param item the checklist item, or null when the catalogue no longer has it
   * @param groupCode the item's heading ("" without an item)
   */
  public record Judged(
      ItemJudgment judgment,
      ClauseFingerprint fingerprint,
      ChecklistItem item,
      String groupCode,
      LocalizedText groupTitle) {}

  public JudgedVersion {
    findings = List.copyOf(findings);
  }

  /**
   * @param clauseTextByPath text of a clause of the judged version by its path, or null
   */
  public static JudgedVersion of(
      List<ItemJudgment> judgments,
      Catalogue catalogue,
      Function<String, String> clauseTextByPath) {
    Map<String, Integer> order = new HashMap<>();
    Map<String, ChecklistItem> items = new HashMap<>();
    for (ChecklistItem i : catalogue.items()) {
      order.putIfAbsent(i.id(), order.size());
      items.putIfAbsent(i.id(), i);
    }
    Map<String, LocalizedText> groupTitles = new HashMap<>();
    for (ChecklistGroup g : catalogue.groups()) {
      groupTitles.putIfAbsent(g.code(), g.title());
    }
    List<Judged> result = new ArrayList<>(judgments.size());
    for (ItemJudgment j : judgments) {
      ChecklistItem item = items.get(j.itemId());
      String group = item == null ? "" : item.group();
      result.add(
          new Judged(
              j,
              ClauseFingerprint.ofFinding(j, clauseTextByPath),
              item,
              group,
              groupTitles.getOrDefault(group, new LocalizedText(group, group))));
    }
    result.sort(
        Comparator.comparingInt(
            (Judged r) -> order.getOrDefault(r.judgment().itemId(), Integer.MAX_VALUE)));
    return new JudgedVersion(result);
  }
}
