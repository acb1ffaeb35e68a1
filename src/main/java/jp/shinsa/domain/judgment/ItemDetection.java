package jp.shinsa.domain.judgment;

import java.util.List;

/**
 * Detection knowledge for one checklist item, loaded from {@code contracts-templates/detection/}.
 *
 * @param itemId the catalogue item ID this knowledge serves
 * @param polarity which way the item's protection points (selects the generic stance rules)
 * @param topic cues (ja and en) showing that a sentence, or its clause heading, addresses the item;
 *     kept as separate cues so that only those whose literals occur are run
 * @param objects object classes from the lexicon, one of which must be present in the sentence, its
 *     clause or its heading (empty = no object needed, e.g. for audit items)
 * @param rules item-specific stance rules, tried in order before the generic rules
 * @param definitions whether definition sentences count for the item (items about what a term
 *     covers); for all other items a definition binds nobody and is skipped
 */
public record ItemDetection(
    String itemId,
    Polarity polarity,
    List<Cue> topic,
    List<String> objects,
    List<StanceRule> rules,
    boolean definitions) {

  public ItemDetection {
    topic = List.copyOf(topic);
    objects = List.copyOf(objects);
    rules = List.copyOf(rules);
  }

  /** Whether the (NFKC-normalised) text addresses the item's topic. */
  public boolean onTopic(String text, String lowerText) {
    for (Cue c : topic) {
      if (c.find(text, lowerText)) {
        return true;
      }
    }
    return false;
  }
}
