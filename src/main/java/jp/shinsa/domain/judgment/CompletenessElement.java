package jp.shinsa.domain.judgment;

import jp.shinsa.domain.checklist.LocalizedText;

/**
 * One element that a protection must have before the item counts as SATISFIED (detection data
 * {@code "complete"}): a deletion duty needs a time limit, an entrustment needs an audit or
 * inspection hook, a verification clause needs to reach the data-use promises and not only the
 * deletion. The element is present when its cue occurs in the decisive protection's article or in
 * any other sentence that the item judged protective or partly protective; otherwise the protection
 * is incomplete (PARTIAL) and the element's label is named in the reason.
 *
 * @param name a short identifier, unique within the item (for logs and tests)
 * @param label how the missing element is named to officers (ja/en), e.g. 「期限」 / "a time limit"
 * @param cue the element's wordings (ja and en), matched on the NFKC-normalised text
 * @param items other checklist items whose SATISFIED outcome in the same contract supplies the
 *     element (an entrustment's supervision hooks are the audit items' protections)
 */
public record CompletenessElement(
    String name, LocalizedText label, Cue cue, java.util.List<String> items) {

  public CompletenessElement {
    items = items == null ? java.util.List.of() : java.util.List.copyOf(items);
  }

  /** Whether the (NFKC-normalised) text states the element. */
  public boolean foundIn(String text) {
    return foundIn(text, text.toLowerCase(java.util.Locale.ROOT));
  }

  /** {@link #foundIn(String)} for a text whose lower-case form is already made. */
  public boolean foundIn(String text, String lower) {
    return cue.find(text, lower);
  }
}
