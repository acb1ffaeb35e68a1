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
 * @param undercut whether a vendor counter-right elsewhere in the contract only weakens a firm
 *     protection instead of reversing it: for a purpose limitation, a carve-out for the vendor's
 *     own ends leaves the limitation in place for everything else (the contract reads PARTIAL, and
 *     the carve-out is cited)
 * @param followsNames when non-null, a name the contract gives to something on the item's topic
 *     ("Vireo AI, Inc. (\"Vireo\")" for an upstream model provider) puts every sentence using that
 *     name on the topic, provided its defining words also match this pattern ("licensed from",
 *     「提供元」: someone else's model, not the vendor's own service)
 * @param followsReferences whether a sentence that names other clauses ("This Article 6 continues
 *     for three years", 「第8条の規定は…存続する」) is on the topic when a clause it names is
 * @param complete the elements a protection must have to satisfy the item (detection data {@code
 *     "complete"}); a SATISFIED finding whose texts lack one is only PARTIAL
 * @param mitigations the bounds that turn a vendor right on the item into a market-normal
 *     compromise (detection data {@code "mitigations"}: a published subprocessor list with an
 *     objection right, use only in a form that cannot identify the buyer); an UNFAVOURABLE finding
 *     that is not a named trap and states one in its own sentence or the next sentence of its
 *     clause is only PARTIAL
 * @param core when non-null, the wording of the item's central question (for the reuse of
 *     processing results: use for anyone other than the buyer); among SATISFIED findings of equal
 *     rank the one whose text states it is cited over one that only touches a broader topic cue,
 *     also when it reaches the topic through a covering term or its heading only
 */
public record ItemDetection(
    String itemId,
    Polarity polarity,
    List<Cue> topic,
    List<String> objects,
    List<StanceRule> rules,
    boolean definitions,
    java.util.regex.Pattern undercut,
    List<java.util.regex.Pattern> definedTerm,
    boolean followsCoveringTerms,
    java.util.regex.Pattern followsNames,
    boolean followsReferences,
    List<CompletenessElement> complete,
    List<CompletenessElement> mitigations,
    java.util.regex.Pattern core) {

  public ItemDetection(
      String itemId,
      Polarity polarity,
      List<Cue> topic,
      List<String> objects,
      List<StanceRule> rules,
      boolean definitions) {
    this(
        itemId,
        polarity,
        topic,
        objects,
        rules,
        definitions,
        null,
        List.of(),
        false,
        null,
        false,
        List.of(),
        List.of(),
        null);
  }

  public ItemDetection {
    topic = List.copyOf(topic);
    objects = List.copyOf(objects);
    rules = List.copyOf(rules);
    definedTerm = definedTerm == null ? List.of() : List.copyOf(definedTerm);
    complete = complete == null ? List.of() : List.copyOf(complete);
    mitigations = mitigations == null ? List.of() : List.copyOf(mitigations);
  }

  /**
   * The first of the item's mitigations that one of the texts states, or null when the vendor right
   * is bare.
   *
   * @param texts where the bound is looked for (the right's own sentence, with its exception, and
   *     the sentence after it in the same clause)
   */
  public CompletenessElement mitigation(java.util.Collection<String> texts) {
    List<String> all = List.copyOf(texts);
    List<String> lower = lowerCased(all);
    for (CompletenessElement m : mitigations) {
      if (foundInAny(m, all, lower)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The completeness elements the texts lack (empty when the protection is complete).
   *
   * @param texts where the elements are looked for (the protection's article and the item's other
   *     on-topic findings)
   * @param satisfied whether another item of the same contract is SATISFIED (an element may be
   *     supplied by another item: an entrustment's supervision hooks by the audit items)
   */
  public List<CompletenessElement> missingElements(
      java.util.Collection<String> texts, java.util.function.Predicate<String> satisfied) {
    List<CompletenessElement> missing = new java.util.ArrayList<>();
    List<String> all = List.copyOf(texts);
    // Each text (an article, an annex) is lower-cased once, not once per element.
    List<String> lower = lowerCased(all);
    for (CompletenessElement e : complete) {
      if (!foundInAny(e, all, lower) && e.items().stream().noneMatch(satisfied)) {
        missing.add(e);
      }
    }
    return missing;
  }

  private static List<String> lowerCased(List<String> texts) {
    return texts.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  private static boolean foundInAny(CompletenessElement e, List<String> texts, List<String> lower) {
    for (int i = 0; i < texts.size(); i++) {
      if (e.foundIn(texts.get(i), lower.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text addresses the topic, given the literals found in it by a {@link LiteralIndex}
   * that indexes every cue literal; {@code gates[i]} are the literal id sets of {@code
   * topic().get(i)} that must each have one id found before its regex runs, or null when that cue
   * has no required literal and must always run.
   */
  public boolean onTopic(String text, java.util.BitSet found, int[][][] gates) {
    for (int i = 0; i < topic.size(); i++) {
      if (possible(gates[i], found) && topic.get(i).pattern().matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the first topic cue that matches the text (gated as in {@link #onTopic(String,
   * java.util.BitSet, int[][][])}), or -1: {@code onTopic} is {@code firstTopicCue >= 0}.
   */
  public int firstTopicCue(String text, java.util.BitSet found, int[][][] gates) {
    for (int i = 0; i < topic.size(); i++) {
      if (possible(gates[i], found) && topic.get(i).pattern().matcher(text).find()) {
        return i;
      }
    }
    return -1;
  }

  /** How many topic cues match the text (used to prefer the most specific clause). */
  public int topicHits(String text, java.util.BitSet found, int[][][] gates) {
    return topicHitsFrom(text, found, gates, firstTopicCue(text, found, gates));
  }

  /**
   * {@link #topicHits} for a text whose {@link #firstTopicCue} is already known: the cues before it
   * do not match, so only those after it are tried.
   */
  public int topicHitsFrom(String text, java.util.BitSet found, int[][][] gates, int first) {
    if (first < 0) {
      return 0;
    }
    int hits = 1;
    for (int i = first + 1; i < topic.size(); i++) {
      if (possible(gates[i], found) && topic.get(i).pattern().matcher(text).find()) {
        hits++;
      }
    }
    return hits;
  }

  /** Whether each literal id set of the gate has an id found (a null gate always passes). */
  static boolean possible(int[][] gate, java.util.BitSet found) {
    if (gate == null) {
      return true;
    }
    for (int[] anyOf : gate) {
      boolean any = false;
      for (int id : anyOf) {
        if (found.get(id)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
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
