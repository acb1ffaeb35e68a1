package jp.shinsa.domain.crosscheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.questionnaire.AnswerValue;

/**
 * The cross-check data set.
 *
 * @param version data version
 * @param description what the data means, ja/en
 * @param compareItemWithItself whether a question that asks a contract item directly (a METI item)
 *     is compared with that item's own judgment
 * @param links question item → contract items
 * @param rules contradicting answer/outcome pairs
 */
public record CrosscheckRules(
    String version,
    LocalizedText description,
    boolean compareItemWithItself,
    List<CrosscheckLink> links,
    List<CrosscheckRule> rules) {

  public CrosscheckRules {
    links = List.copyOf(links);
    rules = List.copyOf(rules);
  }

  public Optional<CrosscheckLink> linkFor(String questionItemId) {
    return links.stream().filter(l -> l.questionItemId().equals(questionItemId)).findFirst();
  }

  public Optional<CrosscheckRule> ruleFor(AnswerValue answer, Outcome outcome, RuleScope scope) {
    return rules.stream()
        .filter(r -> r.answer() == answer && r.outcome() == outcome && r.scope() == scope)
        .findFirst();
  }

  /**
   * Problems that make the data unusable with a catalogue: unknown items, a question linked twice,
   * an answer/outcome pair with two rules, duplicate rule IDs. Empty when the data is sound.
   */
  public List<String> problems(Catalogue catalogue) {
    List<String> problems = new ArrayList<>();
    Set<String> questions = new HashSet<>();
    for (CrosscheckLink link : links) {
      if (!questions.add(link.questionItemId())) {
        problems.add("question " + link.questionItemId() + " is linked twice");
      }
      if (catalogue.item(link.questionItemId()).isEmpty()) {
        problems.add("question " + link.questionItemId() + " is not in the catalogue");
      }
      if (link.contractItemIds().isEmpty()) {
        problems.add("question " + link.questionItemId() + " has no contract items");
      }
      for (String item : link.contractItemIds()) {
        if (catalogue.item(item).isEmpty()) {
          problems.add(
              "contract item "
                  + item
                  + " (for "
                  + link.questionItemId()
                  + ") is not in the catalogue");
        } else if (item.startsWith("DA-")) {
          problems.add(
              "contract item "
                  + item
                  + " (for "
                  + link.questionItemId()
                  + ") is a DS-920 item, not judged on contracts");
        }
      }
    }
    Set<String> ids = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (CrosscheckRule rule : rules) {
      if (!ids.add(rule.id())) {
        problems.add("rule " + rule.id() + " is defined twice");
      }
      if (!pairs.add(rule.answer() + "/" + rule.outcome())) {
        problems.add(
            "answer " + rule.answer() + " with outcome " + rule.outcome() + " has two rules");
      }
      if (rule.outcome() == Outcome.NOT_APPLICABLE) {
        problems.add("rule " + rule.id() + " uses NOT_APPLICABLE, which the engine never judges");
      }
    }
    return problems;
  }
}
