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

  @Nested
  class AssignmentExceptions {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲の書面による承諾なく、本契約上の地位を第三者に承継させてはならない。ただし、乙の合併又は会社分割による場合は、この限りでない。",
          "The Provider shall not assign this Contract without the Customer's prior written"
              + " consent, save that the Provider may transfer it, with the Customer Data it holds,"
              + " to a successor following a merger or reorganisation without such consent."
        })
    void anExceptionForTheVendorsSuccessorHandsTheDataOnWithoutConsent(String text) {
      assertJudged(
          "IN-EXT-06", Outcome.UNFAVOURABLE, "IN-EXT-06-EXCEPTION-SUCCESSOR", one(null, text));
    }

    @Test
    void anExceptionForTheBuyersSuccessorIsNoVendorRight() {
      assertNotEquals(
          Outcome.UNFAVOURABLE,
          judge(
                  one(
                      null,
                      "Neither party may assign this Contract without the other party's consent,"
                          + " except that the Customer may assign it to a successor agency on a"
                          + " reorganisation without consent."),
                  "IN-EXT-06")
              .outcome());
    }
  }

  @Nested
  class PurposesOfUse {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを本サービスの運営及び改善のために利用することができる。",
          "The Provider may use Customer Data for the purposes of operating and improving the"
              + " Service."
        })
    void improvingTheSameServiceIsAWeakPurposeNotTheTrap(String text) {
      assertJudged("IN-USE-01", Outcome.PARTIAL, "IN-USE-01-IMPROVE-RIGHT", one(null, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを本サービスの改善及び新たなサービスの開発のために利用することができる。",
          "The Provider may use Customer Data to provide the Service and to develop new products."
        })
    void developingNewServicesStaysTheTrap(String text) {
      assertJudged(
          "IN-USE-01", Outcome.UNFAVOURABLE, "IN-USE-01-TRAP-IMPROVE-DEVELOP", one(null, text));
    }

    @Test
    void anImprovementRightWeakensAStrictPurposeClauseElsewhere() {
      assertEquals(
          Outcome.PARTIAL,
          judge(
                  twoParagraphs(
                      "The Provider shall use Customer Data only to provide the Service to the"
                          + " Customer.",
                      "The Provider may also use Customer Data to improve the Service."),
                  "IN-USE-01")
              .outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを、乙の個人情報保護方針に定める目的の範囲内でのみ利用する。",
          "The Provider shall use Customer Data only for the purposes set out in its privacy"
              + " notice."
        })
    void purposesLeftToThePrivacyPolicyArePartial(String text) {
      assertJudged("IN-USE-01", Outcome.PARTIAL, "IN-USE-01-PURPOSE-IN-POLICY", one(null, text));
    }
  }

  @Nested
  class StaffAccessAndRetention {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙の担当者は、障害の調査その他乙が適当と認める場合には、入力データを閲覧することができる。",
          "Provider staff may view Customer Data for troubleshooting and whenever the Provider"
              + " considers it necessary."
        })
    void accessWheneverTheVendorThinksFitIsUnfavourable(String text) {
      assertJudged(
          "IN-USE-05", Outcome.UNFAVOURABLE, "IN-USE-05-AT-VENDOR-DISCRETION", one(null, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "甲のデータは、甲に帰属する。|乙は、乙の開発ツールに関する一切の権利を留保する。",
          "The Customer owns the Customer Data.|The Provider retains all intellectual property in"
              + " its own tools."
        })
    void retainingRightsInOwnToolsIsNoRetentionOfData(String first, String second) {
      assertEquals(Outcome.MISSING, judge(twoParagraphs(first, second), "IN-USE-06").outcome());
    }

    @Test
    void aRightToSuspendTheServiceIsNoSecurityMeasure() {
      assertJudged(
          "IN-USE-10",
          Outcome.MISSING,
          "IN-USE-10-SUSPENSION-IS-NOT-MEASURES",
          twoParagraphs(
              "The Customer shall upload Customer Data only through the portal.",
              "The Provider may suspend the Service if the Customer's account threatens the"
                  + " security of the platform."));
    }
  }

  @Nested
  class DerivedDataAfterTheEnd {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、利用契約が終了した日から60日以内に、検索用インデックスを削除する。",
          "Within 60 days after the end of the subscription, the Provider shall delete the"
              + " vector index built from Customer Data."
        })
    void deletingTheIndexOnAContractOfUseIsNoKeeping(String text) {
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-PRC-04").outcome());
    }

    @Test
    void accessLoggingIsNotKeepingTheIndex() {
      assertEquals(
          Outcome.MISSING,
          judge(
                  one(
                      null,
                      "Logging of every access to the vector index built from Customer Data, with"
                          + " logs retained for two years."),
                  "IN-PRC-04")
              .outcome());
    }
  }
}
