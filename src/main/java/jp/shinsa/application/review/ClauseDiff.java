package jp.shinsa.application.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.contract.Clause;
import jp.shinsa.domain.review.ClauseFingerprint;

/**
 * Compares the clauses of two versions by their normalised path. Text is compared by {@link
 * ClauseFingerprint}, the same way reviews decide whether "their" clause changed, so a re-extracted
 * clause with different line breaks or full-width digits does not show as changed.
 */
public final class ClauseDiff {

  private ClauseDiff() {}

  public static List<ClauseChange> between(List<Clause> previous, List<Clause> current) {
    Map<String, Clause> before = byPath(previous);
    Map<String, Clause> after = byPath(current);
    List<ClauseChange> changes = new ArrayList<>();
    for (Clause c : after.values()) {
      Clause old = before.get(c.getPath());
      if (old == null) {
        changes.add(
            new ClauseChange(ClauseChange.Kind.ADDED, c.getPath(), c.label(), null, c.getText()));
      } else if (!ClauseFingerprint.ofClauseText(old.getText())
          .equals(ClauseFingerprint.ofClauseText(c.getText()))) {
        changes.add(
            new ClauseChange(
                ClauseChange.Kind.CHANGED, c.getPath(), c.label(), old.getText(), c.getText()));
      }
    }
    for (Clause old : before.values()) {
      if (!after.containsKey(old.getPath())) {
        changes.add(
            new ClauseChange(
                ClauseChange.Kind.REMOVED, old.getPath(), old.label(), old.getText(), null));
      }
    }
    return changes;
  }

  private static Map<String, Clause> byPath(List<Clause> clauses) {
    Map<String, Clause> map = new LinkedHashMap<>();
    for (Clause c : clauses) {
      if (c.getPath() != null && !"-".equals(c.getPath())) {
        map.putIfAbsent(c.getPath(), c);
      }
    }
    return map;
  }
}
