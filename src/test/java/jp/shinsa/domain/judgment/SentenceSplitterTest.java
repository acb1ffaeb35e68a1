package jp.shinsa.domain.judgment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER =
      new SentenceSplitter(JudgmentFixtures.LEXICON.grammar());

  @Test
  void japaneseSentencesEndAtKutenOutsideBrackets() {
    List<String> s = SPLITTER.split("乙は、処理成果（以下「成果」という。）を保持する。ただし書はない。次の文");
    assertEquals(List.of("乙は、処理成果（以下「成果」という。）を保持する。", "ただし書はない。", "次の文"), s);
  }

  @Test
  void englishAbbreviationsAndNumbersDoNotEndSentences() {
    List<String> s =
        SPLITTER.split(
            "Provider Inc. shall comply with Sec. 8.2 of the U.S. rules, e.g. encryption. Customer may audit.");
    assertEquals(
        List.of(
            "Provider Inc. shall comply with Sec. 8.2 of the U.S. rules, e.g. encryption.",
            "Customer may audit."),
        s);
  }

  @Test
  void aSentenceEndingInAClauseNumberEndsThere() {
    assertEquals(
        List.of("The Buyer may inspect as set out in Clause 7.", "The Supplier shall assist."),
        SPLITTER.split("The Buyer may inspect as set out in Clause 7. The Supplier shall assist."));
    assertEquals(
        List.of("Subprocessors are listed in Schedule 2.", "Others need consent."),
        SPLITTER.split("Subprocessors are listed in Schedule 2. Others need consent."));
    assertEquals(
        List.of("Recitals 1. The parties agree as follows."),
        SPLITTER.split("Recitals 1. The parties agree as follows."),
        "a bare enumerator still does not end a sentence");
  }
}
