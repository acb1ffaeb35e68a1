package jp.shinsa.domain.judgment;

import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.PartyRole;

/**
 * One sentence of a clause after analysis. Computed once per contract and reused for every item.
 *
 * @param node the clause node the sentence belongs to
 * @param clauseRef the node's full printed reference ("第8条第2項", "Section 8.2(a)")
 * @param quote the sentence verbatim from the node's display text
 * @param matchText the sentence normalised for matching (NFKC, single spaces)
 * @param mainText the statement within the sentence (one party's part of a coordinated sentence),
 *     without the exception phrase; subject and modality are read from here
 * @param exceptionText the exception phrase, or empty
 * @param heading the heading of the node or its nearest ancestor with one, normalised, or empty
 * @param subject who the sentence binds (inherited inside a clause when not stated)
 * @param modality the binding modality of the main statement
 * @param limited whether the main statement confines a right or duty ("only", "に限り")
 * @param exceptionTakesBack whether an exception is present that is not benign (consent, law)
 * @param externalReference whether the sentence leaves its content to a document outside the
 *     contract
 * @param consent whether the statement records the buyer's consent or acceptance
 * @param definition whether the sentence defines a term (or sits in a definitions clause) rather
 *     than binding anyone
 * @param deferred whether the sentence leaves the point itself to an outside document ("whether …
 *     is set out in the Order Form")
 * @param optOut whether the sentence lets the buyer switch the vendor's use off (an opt-out)
 * @param order position in the document, for stable tie-breaking
 * @param roleText the sentence normalised for matching with every bound party label replaced by its
 *     role token ({@link RoleTokens}), for cues that name a party by role
 */
public record AnalysedSentence(
    ClauseNode node,
    String clauseRef,
    String quote,
    String matchText,
    String mainText,
    String exceptionText,
    String heading,
    PartyRole subject,
    Modality modality,
    boolean limited,
    boolean exceptionTakesBack,
    boolean externalReference,
    boolean consent,
    boolean definition,
    boolean deferred,
    boolean optOut,
    int order,
    String roleText) {

  public boolean hasException() {
    return !exceptionText.isEmpty();
  }

  /** The same statement matched with more text (the items of a list it introduces). */
  public AnalysedSentence withMatchText(String text, String roles) {
    return copy(text, roles, externalReference, deferred);
  }

  /** The same statement, marked as leaving its content to an outside document. */
  public AnalysedSentence withExternalReference(boolean deferredPoint) {
    return copy(matchText, roleText, true, deferredPoint);
  }

  /** The same statement under another modality (a list item under its head's "shall not:"). */
  public AnalysedSentence withModality(Modality m) {
    return new AnalysedSentence(
        node,
        clauseRef,
        quote,
        matchText,
        mainText,
        exceptionText,
        heading,
        subject,
        m,
        limited,
        exceptionTakesBack,
        externalReference,
        consent,
        definition,
        deferred,
        optOut,
        order,
        roleText);
  }

  private AnalysedSentence copy(
      String text, String roles, boolean external, boolean deferredPoint) {
    return new AnalysedSentence(
        node,
        clauseRef,
        quote,
        text,
        mainText,
        exceptionText,
        heading,
        subject,
        modality,
        limited,
        exceptionTakesBack,
        external,
        consent,
        definition,
        deferredPoint,
        optOut,
        order,
        roles);
  }
}
