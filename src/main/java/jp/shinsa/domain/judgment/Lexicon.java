package jp.shinsa.domain.judgment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.Party;

/**
 * The compiled vocabularies the sentence analyser needs (ja and en in one pattern each: the two
 * scripts do not collide). Built once per load from {@code contracts-templates/lexicon/}; the
 * patterns are precompiled so that analysing a sentence never compiles a regex.
 *
 * @param modality cue pattern per modality; which modality wins when several match is fixed by
 *     {@link SentenceAnalyser}
 * @param limitation words that confine a right or duty ("only", "solely", "に限り")
 * @param negation plain negation markers used when no modal cue is present
 * @param provisoSplit markers after which the rest of the sentence is an exception ("ただし")
 * @param inlineException markers of an exception phrase inside the sentence ("を除き", "except")
 * @param benignException exception content that does not take the protection back (the buyer's
 *     consent or instruction, a legal compulsion)
 * @param harmfulException exception content that takes the protection back even when benign words
 *     also occur (the vendor's partners, affiliates or discretion)
 * @param referenceException exception content that names another clause ("前条", "Section 4"): benign
 *     as far as the clause it names is
 * @param impliedException qualifiers that announce unnamed exceptions ("原則として", "in principle",
 *     "where practicable"): the commitment holds only as a rule
 * @param externalReference references to documents outside the contract (order form, online policy)
 * @param consent wording of the buyer's consent or acceptance
 * @param definition wording that defines a term ("「X」とは", "\"X\" means")
 * @param definitionHeading headings of definition clauses
 * @param deferral wording that leaves a point open ("whether …", "か否かは…による")
 * @param vagueCommitment wording of commitments without concrete content ("appropriately", "善管注意")
 * @param optOut wording of an opt-out left to the buyer
 * @param anaphora words pointing back to the previous sentence ("これに", "such transfer")
 * @param conditionsFollow openings of a sentence that sets the conditions of the one before
 *     ("この場合、", "In that case")
 * @param bothParties subjects that bind both parties ("each party", "甲及び乙は"); treated as binding
 *     the vendor
 * @param defaultParties party labels used when the contract's own definitions do not cover them
 * @param objects named object classes ("INPUT", "OUTPUT", "DERIVED", ...) and their cue patterns
 * @param grammar word lists the analyser's and the judge's sentence patterns are built from
 */
public record Lexicon(
    Map<Modality, Pattern> modality,
    Pattern limitation,
    Pattern negation,
    Pattern provisoSplit,
    Pattern inlineException,
    Pattern benignException,
    Pattern harmfulException,
    Pattern referenceException,
    Pattern impliedException,
    Pattern externalReference,
    Pattern consent,
    Pattern definition,
    Pattern definitionHeading,
    Pattern deferral,
    Pattern vagueCommitment,
    Pattern optOut,
    Pattern anaphora,
    Pattern conditionsFollow,
    Pattern bothParties,
    List<Party> defaultParties,
    Map<String, Pattern> objects,
    Grammar grammar) {

  public Lexicon {
    modality = new EnumMap<>(modality);
    defaultParties = List.copyOf(defaultParties);
    objects = Map.copyOf(objects);
  }

  public Pattern modalityCue(Modality m) {
    return modality.get(m);
  }
}
