package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.JUDGE;
import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.PartyRole;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The input-data items (IN-USE, IN-EXT, IN-PRC): wordings that look like a vendor right or a
 * protection on the point but are not, and rights hidden in clauses that look harmless (detection
 * data in {@code contracts-templates/detection/priority-items.json} and {@code lexicon}).
 */
class InputDataWordingsTest {

  private static void assertJudged(
      String item, Outcome outcome, String rule, ParsedContract contract) {
    ItemJudgment j = judge(contract, item);
    assertEquals(outcome, j.outcome(), () -> item + " -> " + j);
    assertEquals(rule, j.rule(), () -> item + " -> " + j);
  }

  /** One article (第5条 / Section 5) of two paragraphs, in the language of the text. */
  private static ParsedContract twoParagraphs(String first, String second) {
    return SentenceAnalyser.isJapanese(first)
        ? ja(
            article(
                "第5条", "5", null, "", paragraph("1", "5.1", first), paragraph("2", "5.2", second)))
        : en(
            article(
                "Section 5",
                "5",
                null,
                "",
                paragraph("5.1", "5.1", first),
                paragraph("5.2", "5.2", second)));
  }

  @Nested
  class SurvivalOfDutiesIsNoUseRight {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲から提供されたデータを秘密として保持する。|前項の義務は、本契約の満了後も２年間存続するものとする。",
          "The Provider shall keep Customer Data confidential.|The duties in this Section continue"
              + " for four years after the termination of this Agreement."
        })
    void aConfidentialityDutyThatOutlivesTheContractSaysNothingOnUse(String first, String second) {
      // IN-USE-13 asks whether the vendor's use right ends; a protective duty that survives for
      // a while neither keeps nor ends it.
      assertJudged(
          "IN-USE-13", Outcome.MISSING, "IN-USE-13-DUTIES-SURVIVE", twoParagraphs(first, second));
    }

    @Test
    void aSurvivalListNamingAClauseThatDoesNotStopTheVendorUsingTheDataKeepsThatUseAlive() {
      ParsedContract c =
          en(
              article(
                  "Section 7",
                  "7",
                  "Know-how",
                  "",
                  paragraph(
                      "7.1",
                      "7.1",
                      "Nothing in this Agreement prevents the Provider from using insights drawn"
                          + " from Customer Data in its work for other customers.")),
              article(
                  "Section 11",
                  "11",
                  "Survival",
                  "Sections 7 and 9 survive the termination of this Agreement."));
      assertJudged("IN-USE-13", Outcome.UNFAVOURABLE, "IN-USE-13-TRAP-SURVIVAL-LIST", c);
    }

    @Test
    void theContractThatDoesNotStopAPartyBindsThatParty() {
      ParsedContract c =
          en(
              article(
                  "Section 7",
                  "7",
                  null,
                  "Nothing in these Terms restricts the Provider from keeping anonymised usage"
                      + " statistics."));
      assertEquals(PartyRole.VENDOR, JUDGE.analyse(c).get(0).subject());
    }
  }

  @Nested
  class WhatIsNotTrainingOnTheInput {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲が設定画面で改善プログラムへの参加を有効にした場合に限り、入力データを乙の音声モデルの学習に利用することができる。",
          "The Provider may use Customer Data to improve its speech models only if the Customer"
              + " opts in through the administration console."
        })
    void trainingOnlyAfterTheBuyerChoosesToTakePartIsAnOptIn(String text) {
      assertJudged("IN-USE-02", Outcome.SATISFIED, "IN-USE-02-OPT-IN", one(null, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを機械学習モデルの学習に利用しない。|本サービス及びその改良に関する知的財産権は、乙に帰属する。",
          "The Provider shall not use Customer Data to train any model.|The Provider owns all"
              + " rights in the Platform and in every enhancement or improvement of it."
        })
    void theVendorOwningItsOwnServiceAndItsImprovementsIsNoTraining(String first, String second) {
      assertEquals(Outcome.SATISFIED, judge(twoParagraphs(first, second), "IN-USE-02").outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "第二段階　甲の提供データを用いた識別モデルの学習及び精度の検証",
          "Phase 2 (Build): training of the classification model on the Customer Data supplied"
              + " for the project."
        })
    void aProjectPhaseDescribesTheCommissionedWork(String text) {
      assertJudged("IN-USE-02", Outcome.MISSING, "IN-USE-02-PROJECT-PHASE", one(null, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを含まない稼働ログ（応答時間、エラー件数等）を、本サービスの改善のために利用することができる。",
          "The Provider may use service metrics that contain no Customer Data to improve the"
              + " Service."
        })
    void metricsHoldingNoBuyerDataAreNotTrainingOnIt(String text) {
      assertJudged("IN-USE-02", Outcome.MISSING, "IN-USE-02-WITHOUT-BUYER-DATA", one(null, text));
    }

    @Test
    void anUpstreamTermThatProhibitsTrainingIsNoImprovementRight() {
      assertNotEquals(
          Outcome.UNFAVOURABLE,
          judge(
                  one(
                      null,
                      "The Provider warrants that its agreement with the model supplier prohibits"
                          + " the use of Customer Data for training or improving any model."),
                  "IN-USE-02")
              .outcome());
    }
  }
}
