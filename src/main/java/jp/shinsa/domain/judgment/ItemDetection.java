package jp.shinsa.domain.judgment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Detection knowledge for one checklist item, loaded from {@code contracts-templates/detection/}.
 *
 * @param itemId the catalogue item ID this knowledge serves
 * @param polarity which way the item's protection points (selects the generic stance rules)
 * @param topic cues (ja and en) showing that a sentence, or its clause heading, addresses the item
 * @param objects object classes from the lexicon, one of which must be present in the sentence, its
 *     clause or its heading (empty = no object needed, e.g. for audit items)
 * @param rules item-specific stance rules, tried in order before the generic rules
 */
public record ItemDetection(
    String itemId, Polarity polarity, Pattern topic, List<String> objects, List<StanceRule> rules) {

  public ItemDetection {
    objects = List.copyOf(objects);
    rules = List.copyOf(rules);
  }
}
