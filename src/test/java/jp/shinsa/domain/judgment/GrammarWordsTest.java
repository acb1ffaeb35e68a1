package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.LEXICON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.contract.Grammar;
import jp.shinsa.domain.contract.Party;
import jp.shinsa.domain.contract.PartyRole;
import org.junit.jupiter.api.Test;

/** The sentence grammar's words come from the data: a word added to a list is heard. */
class GrammarWordsTest {

  private static final List<Party> PARTIES =
      List.of(
          new Party(PartyRole.VENDOR, List.of("Provider"), null),
          new Party(PartyRole.BUYER, List.of("Customer"), null));

  private static Grammar withWord(String list, String word) {
    Map<String, List<String>> words = new HashMap<>(LEXICON.grammar().words());
    List<String> extended = new ArrayList<>(words.get(list));
    extended.add(word);
    words.put(list, extended);
    return new Grammar(words);
  }

  @Test
  void aPredicateAddedToTheSubjectListBindsTheLabelBeforeIt() {
    String statement = "Provider archives Customer Data for seven years.";
    SentenceAnalyser.PartyBinder bundled =
        new SentenceAnalyser.PartyBinder(PARTIES, LEXICON.grammar());
    SentenceAnalyser.PartyBinder extended =
        new SentenceAnalyser.PartyBinder(PARTIES, withWord("subjectPredicatesEn", "archives"));
    assertEquals(PartyRole.UNKNOWN, bundled.subjectOf(statement, LEXICON.bothParties()));
    assertEquals(PartyRole.VENDOR, extended.subjectOf(statement, LEXICON.bothParties()));
  }

  /** The substring prefilter before the grant patterns is proved from the lists, not fixed. */
  @Test
  void aGrantVerbAddedToTheListFindsTheGrantee() {
    String statement = "Customer conveys to Provider the right to host the Content.";
    assertEquals(
        PartyRole.UNKNOWN,
        new SentenceAnalyser.PartyBinder(PARTIES, LEXICON.grammar()).granteeOf(statement));
    assertEquals(
        PartyRole.VENDOR,
        new SentenceAnalyser.PartyBinder(PARTIES, withWord("grantVerbsEn", "conveys"))
            .granteeOf(statement));
  }
}
