package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Japanese wordings of audit, certification and retention points that the detection data must read
 * as the item (topic cues, phrase classes and reference cues in {@code contracts-templates}).
 */
class AuditAndRetentionWordingsTest {

  @Nested
  class AuditorsTheBuyerHasAuditFor {

    @Test
    void theBuyerHavingSomeoneElseConductTheAuditIsAnAuditorClause() {
      // Causative 行わせる: the audit is done by someone the buyer engages.
      assertJudged(
          "AUD-04",
          null,
          "甲は、甲が選んだ専門家であって秘密保持義務を負う者に、乙の施設の監査を行わせることができる。",
          Outcome.SATISFIED,
          "G-DO-BUYER-RIGHT");
    }

    @Test
    void aPersonTheBuyerDesignatesEnteringThePremisesIsAnAuditorClause() {
      // 甲が指定する者 / 甲の選任した専門家: the auditor is named by who designates it.
      assertJudged(
          "AUD-04",
          "調査",
          "甲は、その職員又は甲が選任した専門家であって秘密保持義務を負う者に、乙のデータセンターに立ち入り、入力データの管理状況を調査させることができる。",
          Outcome.SATISFIED,
          "G-DO-BUYER-RIGHT");
    }
  }

  @Nested
  class AuditCostsAtTheVendorsRates {

    @Test
    void theVendorChargingItsAuditEffortAtItsOwnRatesIsUnfavourable() {
      assertJudged(
          "AUD-08",
          "監査",
          "監査人による評価に要する費用は甲の負担とし、乙が評価への対応に要した工数については、乙所定の単価により甲に請求することができる。",
          Outcome.UNFAVOURABLE,
          "AUD-08-VENDOR-RATES");
    }

    @Test
    void costsOfRespondingToAnAuditPutOnTheBuyerAreAnAuditCostClause() {
      // 監査に対応するために…生じた費用: the cost words stand further from the audit word.
      assertJudged(
          "AUD-08",
          "監査",
          "甲の検査に協力するために乙が支出した外部専門家の報酬その他の費用は、甲の負担とする。",
          Outcome.UNFAVOURABLE,
          "AUD-08-BUYER-PAYS");
    }

    @Test
    void chargingForAnswersToQuestionnairesAtTheVendorsPriceIsAnAuditCostClause() {
      assertJudged(
          "AUD-08",
          "監査",
          "甲が標準の回答書を超える質問票への回答を求めるときは、乙は、乙所定の料金を甲に請求することができる。",
          Outcome.UNFAVOURABLE,
          "AUD-08-VENDOR-RATES");
    }

    @Test
    void eachPartyBearingTheCostOfTheCheckIsPartial() {
      assertJudged("AUD-08", "監査", "前条の確認に係る費用は、甲乙それぞれが負担する。", Outcome.PARTIAL, "AUD-08-EACH-OWN");
    }
  }

  @Nested
  class DeletionStatements {

    @Test
    void aWrittenStatementThatTheDataWasErasedIsADeletionCertificate() {
      assertJudged(
          "AUD-09",
          null,
          "乙は、本件データを消去したときは、消去した旨を記載した書面を甲に提出する。",
          Outcome.PARTIAL,
          "AUD-09-DELETION-CERT-ONLY");
    }
  }

  @Nested
  class RetentionByHolding {

    @Test
    void holdingTheDataForAsLongAsTheWorkNeedsIsAVaguePeriod() {
      assertJudged(
          "IN-USE-06",
          null,
          "乙は、入力データを本業務の遂行に必要な期間に限り保有する。",
          Outcome.PARTIAL,
          "IN-USE-06-VAGUE-PERIOD");
    }

    @Test
    void holdingTheDataForAFixedPeriodIsAFixedPeriod() {
      assertJudged(
          "IN-USE-06",
          null,
          "乙は、入力データを受領後30日間に限り保有し、その期間の経過後直ちに消去する。",
          Outcome.SATISFIED,
          "IN-USE-06-FIXED-PERIOD");
    }

    @Test
    void dataTheVendorHoldsIsNotARetentionClause() {
      assertEquals(
          Outcome.MISSING, judge(one(null, "乙は、乙が保有する入力データを第三者に提供しない。"), "IN-USE-06").outcome());
    }
  }

  @Nested
  class TheVendorsNdaFormIsNoOutsideDocument {

    @Test
    void reportsHandedOverUnderTheVendorsStandardNdaAreNotDeferred() {
      assertEquals(
          Outcome.SATISFIED,
          judge(one(null, "当社は、お客様の求めに応じ、当社所定の秘密保持契約の締結を条件として、外部監査人によるSOC 2報告書を提供します。"), "AUD-02")
              .outcome());
    }

    @Test
    void reportsHandedOverOnTheVendorsOwnTermsStillAre() {
      assertEquals(
          Outcome.PARTIAL,
          judge(one(null, "当社は、当社所定の条件に従い、外部監査人によるSOC 2報告書を提供します。"), "AUD-02").outcome());
    }
  }

  @Nested
  class CustomModelsNamedAsTheOnlyArtefact {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "本契約において「カスタム翻訳モデル」とは、甲の文書を用いて乙が追加学習を行った翻訳モデルをいう。",
      "本契約において「専用モデル」とは、入力データを用いて追加学習させた言語モデルをいう。"
    })
    void aCustomModelDefinedAloneIsPartial(String definition) {
      assertJudged("IN-PRC-01", "定義", definition, Outcome.PARTIAL, "IN-PRC-01-SINGLE-ARTEFACT");
    }
  }
}
