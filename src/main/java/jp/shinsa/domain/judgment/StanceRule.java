package jp.shinsa.domain.judgment;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.PartyRole;

/**
 * One stance rule from the detection data: which bound party, modality and wording make a sentence
 * that addresses an item count as SATISFIED, PARTIAL, UNFAVOURABLE or no evidence at all.
 *
 * @param id stable rule ID, named in every reason the rule produces
 * @param effect what a match means for the item
 * @param parties bound parties the rule applies to (empty = any); a sentence whose subject cannot
 *     be resolved is read as binding the vendor, because unattributed data-handling statements in
 *     vendor terms describe what the vendor does
 * @param modalities modalities the rule applies to (empty = any)
 * @param polarity for generic rules, the item polarity they serve; null for item rules
 * @param models procurement models the rule applies under (empty = all), for points whose stance
 *     the METI note grades by model (e.g. reports in lieu of audit)
 * @param limited when non-null, whether the statement must (true) or must not (false) be confined
 *     by a limitation word
 * @param all patterns that must all occur in the sentence
 * @param none pattern that must not occur in the sentence (exception included), or null
 * @param requireConsent when true, the sentence must record the buyer's consent
 * @param trap whether this is a named trap rule (METI note §9.1); traps are decisive
 * @param referenced when non-null, the rule also needs a sentence in a clause that this sentence
 *     refers to ("第5条…は存続する", "Sections 4.2 and 7 survive") to match this nested rule
 * @param reason why the rule decides as it does, ja/en
 * @param weakens whether the rule's PARTIAL qualifies a protection stated elsewhere (a survival
 *     limit, a carve-out in another clause): it then decides over a SATISFIED finding
 * @param exceptionRead whether the rule's cues already read the sentence's exception ("unless a
 *     breach has occurred"), so that the exception must not downgrade its verdict again
 * @param unlessSatisfied items whose SATISFIED outcome in the same contract takes the rule's reason
 *     away (confidentiality that lapses three years after the end weakens nothing when the vendor
 *     must delete the data anyway): the rule is then passed over for the next one
 */
public record StanceRule(
    String id,
    RuleEffect effect,
    Set<PartyRole> parties,
    Set<Modality> modalities,
    Polarity polarity,
    Set<ProcurementModel> models,
    Boolean limited,
    List<Pattern> all,
    Pattern none,
    boolean requireConsent,
    boolean trap,
    StanceRule referenced,
    LocalizedText reason,
    boolean weakens,
    boolean exceptionRead,
    List<String> unlessSatisfied) {

  public StanceRule {
    parties = Set.copyOf(parties);
    modalities = Set.copyOf(modalities);
    models = Set.copyOf(models);
    all = List.copyOf(all);
    unlessSatisfied = List.copyOf(unlessSatisfied);
  }

  public boolean matches(AnalysedSentence s, Polarity itemPolarity, ProcurementModel model) {
    return matches(s, itemPolarity, model, p -> found(p, s));
  }

  /**
   * The same, with {@code found} answering whether a cue occurs in the sentence (as {@link
   * #found(Pattern, AnalysedSentence)} does), so that a caller can share the answers of cues that
   * several rules use.
   */
  boolean matches(
      AnalysedSentence s,
      Polarity itemPolarity,
      ProcurementModel model,
      java.util.function.Predicate<Pattern> found) {
    if (polarity != null && polarity != itemPolarity) {
      return false;
    }
    if (!models.isEmpty() && !models.contains(model)) {
      return false;
    }
    if (limited != null && limited != s.limited()) {
      return false;
    }
    PartyRole bound = s.subject() == PartyRole.UNKNOWN ? PartyRole.VENDOR : s.subject();
    if (!parties.isEmpty() && !parties.contains(bound)) {
      return false;
    }
    if (!modalities.isEmpty() && !modalities.contains(s.modality())) {
      return false;
    }
    if (requireConsent && !s.consent()) {
      return false;
    }
    for (Pattern p : all) {
      if (!found.test(p)) {
        return false;
      }
    }
    return none == null || !found.test(none);
  }

  /**
   * Whether the cue occurs in the sentence's own words. Cues naming a party by role read the
   * sentence with its party labels replaced by roles. Any other cue reads the sentence as written,
   * but a hit that exists only inside a party's label, cutting that label's word, is the label and
   * not the cue: "develop" in "the Developer shall …". A cue that names a label as a whole word
   * ("Customer") still counts. Only Latin words have edges to cut; Japanese runs on without spaces,
   * so a Japanese hit is taken as it stands.
   */
  static boolean found(Pattern p, AnalysedSentence s) {
    if (RoleTokens.uses(p)) {
      return p.matcher(s.roleText()).find();
    }
    String text = s.matchText();
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return false;
    }
    if (s.roleText().length() == text.length() && s.roleText().equals(text)) {
      return true;
    }
    do {
      if (!insideACapitalisedWord(text, m.start(), m.end())) {
        return true;
      }
    } while (m.find());
    // Every hit cuts into a capitalised word: it counts unless it vanishes once the labels are
    // set aside.
    return p.matcher(s.roleText()).find();
  }

  /**
   * Whether the hit cuts into a Latin word that starts with a capital (party labels are written so:
   * "Developer", "Company"); a hit inside a lower-case word ("improv" in "improve") is the cue
   * itself.
   */
  private static boolean insideACapitalisedWord(String text, int start, int end) {
    if (end <= start
        || !((end < text.length() && latin(text.charAt(end)) && latin(text.charAt(end - 1)))
            || (start > 0 && latin(text.charAt(start - 1)) && latin(text.charAt(start))))) {
      return false;
    }
    int from = start;
    while (from > 0 && latin(text.charAt(from - 1))) {
      from--;
    }
    return Character.isUpperCase(text.charAt(from));
  }

  private static boolean latin(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }
}
