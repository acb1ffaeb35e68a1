package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.shinsa.domain.contract.ParsedContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Carve-outs that do or do not take a protection back, and clauses that look like an item's point
 * but belong to another item (detection data in {@code contracts-templates/detection} and {@code
 * lexicon}).
 */
class CarveOutsAndLookAlikesTest {

  private static void assertJudged(
      String item, Outcome outcome, String rule, ParsedContract contract) {
    ItemJudgment j = judge(contract, item);
    assertEquals(outcome, j.outcome(), () -> item + " -> " + j);
    assertEquals(rule, j.rule(), () -> item + " -> " + j);
  }

  private static void assertJudged(String item, String text, Outcome outcome, String rule) {
    assertJudged(item, outcome, rule, one(null, text));
  }

  @Nested
  class PromptTextIsNoInstruction {

    @Test
    void anExceptionForSubmittedPromptsTakesTheNoTrainingPromiseBack() {
      // 指示文 is the prompt the user typed, not the buyer's instruction (指示) that keeps a
      // protection.
      assertJudged(
          "IN-USE-02",
          "乙は、入力データをAIモデルの学習に利用しない。ただし、評価ボタンにより送信された指示文及び回答文については、この限りでない。",
          Outcome.PARTIAL,
          "G-EXCEPTION-TAKES-BACK");
    }

    @Test
    void anExceptionForTheBuyersInstructionStillKeepsIt() {
      assertEquals(
          Outcome.SATISFIED,
          judge(one(null, "乙は、入力データをAIモデルの学習に利用しない。ただし、甲の書面による指示がある場合は、この限りでない。"), "IN-USE-02")
              .outcome());
    }
  }

  @Nested
  class OwnershipAndAProhibitionInOneSentence {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙が作成した埋め込みベクトルに関する一切の権利は甲に帰属し、乙は、これを甲以外の者のために利用してはならない。",
          "All rights in the embeddings built by the Provider vest in the Customer, and the Provider shall not"
              + " use them for anyone else."
        })
    void theVendorsProhibitionIsNotVendorOwnership(String text) {
      // The ownership cue is in the sentence, the vendor is the subject of its prohibition: a
      // vendor that must not use something does not own it.
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-PRC-02").outcome());
    }
  }
}
