package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
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

  @Nested
  class LegalCompulsion {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲の事前の書面による承諾なく、入力データを第三者に開示してはならない。"
              + "|前項にかかわらず、乙は、裁判所の命令により開示を求められたときは、必要な範囲で入力データを開示することができる。",
          "The Provider shall not disclose Customer Data to any third party without the Customer's prior written"
              + " consent.|Notwithstanding the foregoing, the Provider may disclose Customer Data to the extent"
              + " required by a court order."
        })
    void aRightToDiscloseWhenCompelledDoesNotUndoConfidentiality(String duty, String compelled) {
      ParsedContract c =
          duty.startsWith("乙")
              ? ja(
                  article(
                      "第9条",
                      "9",
                      "秘密保持",
                      "",
                      paragraph("1", "9.1", duty),
                      paragraph("2", "9.2", compelled)))
              : en(
                  article(
                      "Section 9",
                      "9",
                      "Confidentiality",
                      "",
                      paragraph("9.1", "9.1", duty),
                      paragraph("9.2", "9.2", compelled)));
      assertEquals(
          Outcome.SATISFIED,
          judge(c, "IN-EXT-01").outcome(),
          () -> judge(c, "IN-EXT-01").toString());
    }

    @Test
    void aRightToDiscloseWhenTheVendorThinksFitStillCounts() {
      assertEquals(
          Outcome.UNFAVOURABLE,
          judge(one(null, "乙は、乙が必要と判断した場合、入力データを第三者に開示することができる。"), "IN-EXT-01").outcome());
    }
  }

  @Nested
  class DisclosureConsentIsNotSubcontractingConsent {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲の承諾を得ずに入力データを第三者に提供しない。ただし、乙の委託先に対して提供する場合を除く。",
          "The Provider shall not disclose Customer Data without the Customer's prior written consent, except to its"
              + " subprocessors."
        })
    void aConsentRequirementThatExceptsSubcontractorsSaysNothingOfSubcontracting(String text) {
      assertJudged(
          "IN-EXT-02", text, Outcome.MISSING, "IN-EXT-02-DISCLOSURE-EXCEPTS-SUBCONTRACTORS");
    }

    @Test
    void consentToSubcontractingStillCounts() {
      assertJudged(
          "IN-EXT-02",
          "乙は、甲の事前の承諾を得なければ、本業務を第三者に再委託してはならない。",
          Outcome.SATISFIED,
          "IN-EXT-02-CONSENT-REQUIRED");
    }
  }

  @Nested
  class SegregationIsASecurityMeasure {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを他の顧客のデータと分離して保管する。",
          "Provider keeps Customer Data logically segregated from the data of its other customers."
        })
    void keepingTheDataApartFromOtherCustomersIsNotAboutUseForThem(String text) {
      assertJudged("IN-USE-03", text, Outcome.MISSING, "IN-USE-03-SEGREGATION-IS-SECURITY");
    }

    @Test
    void usingTheDataForOtherCustomersIsStillTheItem() {
      assertEquals(
          Outcome.UNFAVOURABLE,
          judge(one(null, "乙は、入力データを分析し、他の顧客向けのサービスの開発に利用することができる。"), "IN-USE-03").outcome());
    }
  }

  @Nested
  class FeeRecordsAreNotTheData {

    @Test
    void readingTheBuyersBooksToSettleFeesIsNotStaffAccessToTheData() {
      assertJudged(
          "IN-USE-05",
          Outcome.MISSING,
          "IN-USE-05-FEE-RECORDS-NOT-DATA",
          ja(
              article(
                  "第6条",
                  "6",
                  "利用料",
                  "",
                  paragraph("1", "6.1", "甲は、乙に対し、入力データの処理件数に応じた利用料を支払う。"),
                  paragraph("2", "6.2", "乙は、利用料の精算のため、甲の帳簿の閲覧を求めることができる。"))));
    }
  }

  @Nested
  class ResultsOfACheckAreEvidence {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲の求めに応じ、乙が行ったセキュリティ自己点検の結果を甲に提出する。",
          "Upon request, the Provider shall provide the results of its annual security self-assessment."
        })
    void handingOverTheResultsOfACheckIsNotTheSecurityMeasures(String text) {
      assertJudged("IN-USE-10", text, Outcome.MISSING, "IN-USE-10-DOCUMENTS-ARE-AUD-02");
    }
  }

  @Nested
  class EndOfUse {

    @Test
    void aUseRightThatLapsesThroughTerminationEnds() {
      assertJudged(
          "IN-USE-13", "本契約の終了により、乙が入力データを利用する権利は消滅する。", Outcome.SATISFIED, "IN-USE-13-USE-ENDS");
    }
  }

  @Nested
  class EntrustmentWithoutHooks {

    @Test
    void handlingPersonalDataOnlyAsTheLawRequiresIsPartial() {
      assertJudged(
          "PI-04",
          "乙は、本業務で取り扱う個人データについて、甲から委託を受けた者として、個人情報保護法に従い管理する。",
          Outcome.PARTIAL,
          "PI-04-LAW-ONLY");
    }

    @Test
    void anEntrustmentDeemedByTheContractIsOnTheTopic() {
      assertJudged(
          "PI-04",
          "乙が処理する個人情報は、甲から委託されたものとみなし、乙はこれを適切に取り扱う。",
          Outcome.PARTIAL,
          "PI-04-ENTRUSTMENT-ONLY");
    }

    @Test
    void entrustmentWithInstructionsAndReportsIsNotPartial() {
      Outcome o =
          judge(one(null, "乙は、甲から委託を受けた者として、甲の指示に従い個人データを取り扱い、その取扱状況を毎月甲に報告する。"), "PI-04")
              .outcome();
      assertEquals(Outcome.SATISFIED, o);
    }
  }

  @Nested
  class NotDisclosedIsNotAPurposeLimit {

    @Test
    void aNonDisclosureDutyIsNoPurposeLimitation() {
      assertJudged(
          "IN-USE-01",
          "乙は、甲の承諾なく、入力データを第三者に提供しない。ただし、本業務の履行に必要な範囲で委託先に提供する場合を除く。",
          Outcome.MISSING,
          "IN-USE-01-NOT-DISCLOSED-IS-NOT-PURPOSE");
    }

    @Test
    void aUseOnlyForTheWorkStillIs() {
      assertEquals(
          Outcome.SATISFIED,
          judge(one(null, "乙は、入力データを本業務の履行のためにのみ利用し、第三者に開示しない。"), "IN-USE-01").outcome());
    }
  }

  @Nested
  class StaffAccessWhenNeeded {

    @Test
    void accessWhenThereIsANeedForOperationIsNeedOnly() {
      assertJudged(
          "IN-USE-05",
          "乙の担当者は、障害の解析その他運用上必要がある場合には、入力データを閲覧することがある。",
          Outcome.PARTIAL,
          "IN-USE-05-NEED-ONLY");
    }

    @Test
    void accessWhenTheVendorThinksItNecessaryIsNot() {
      assertEquals(
          Outcome.UNFAVOURABLE,
          judge(one(null, "乙の担当者は、乙が必要と認める場合には、入力データを閲覧することができる。"), "IN-USE-05").outcome());
    }
  }

  @Nested
  class BackupCarveOuts {

    private ParsedContract deletion(String backups) {
      String first = "乙は、本契約の終了後30日以内に、入力データを消去する。";
      return ja(
          article(
              "第9条",
              "9",
              "データの消去",
              "",
              paragraph("1", "9.1", first),
              paragraph("2", "9.2", backups)));
    }

    @Test
    void backupsErasedOnTheVendorsOwnCycleWeakenAFirmDeletionDuty() {
      ParsedContract c = deletion("前項の規定にかかわらず、バックアップに含まれる入力データは、乙が定める周期で順次上書きにより消去される。");
      assertJudged("IN-USE-07", Outcome.PARTIAL, "IN-USE-07-BACKUP-CARVE-OUT", c);
      assertEquals("9.2", judge(c, "IN-USE-07").evidence().get(0).clausePath());
    }

    @Test
    void backupsKeptForAPeriodTheVendorSetsWeakenAFixedRetentionPeriod() {
      String first = "乙は、入力データを受領後90日間保存し、その後直ちに消去する。";
      String backups = "前項の規定にかかわらず、バックアップ用媒体に保存された入力データは、乙が定める保存期間の経過後に消去される。";
      ParsedContract c =
          ja(
              article(
                  "第9条",
                  "9",
                  "データの保存",
                  "",
                  paragraph("1", "9.1", first),
                  paragraph("2", "9.2", backups)));
      assertJudged("IN-USE-06", Outcome.PARTIAL, "IN-USE-06-BACKUP-CARVE-OUT", c);
    }

    @Test
    void backupsOverwrittenWithinAStatedPeriodDoNot() {
      String text =
          "Provider retains Customer Data for no longer than thirty (30) days, after which it is deleted;"
              + " backup copies are overwritten within a further fourteen (14) days.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-06").outcome());
    }

    @Test
    void backupsWithTheirOwnDeadlineDoNot() {
      assertEquals(
          Outcome.SATISFIED,
          judge(deletion("バックアップに含まれる入力データも、本契約の終了後60日以内に消去する。"), "IN-USE-07").outcome());
    }
  }

  @Nested
  class TheBuyersOwnSecurityDuties {

    @Test
    void theBuyerKeepingItsPasswordsSafeIsNotTheVendorsMeasures() {
      assertJudged(
          "IN-USE-10",
          "甲は、本サービスに接続する自らの端末のセキュリティ対策を自己の責任で講じる。",
          Outcome.MISSING,
          "IN-USE-10-BUYER-OWN-SECURITY");
    }
  }

  @Nested
  class RemedyingFindingsIsNotImprovingTheService {

    @Test
    void improvingWhatAnAuditFoundIsTheAuditFollowUp() {
      assertJudged(
          "IN-USE-02",
          "乙は、入力データの取扱いに関して甲から指摘を受けた事項について、改善に努める。",
          Outcome.MISSING,
          "IN-USE-02-REMEDIATION-IS-AUD-07");
    }
  }

  @Nested
  class ServicesOfferedToOthers {

    @Test
    void offeringAServiceBuiltOnADatasetIsNotATrainingClause() {
      assertJudged(
          "IN-USE-02",
          "乙は、入力データを含む学習用データセットを用いたサービスを、他の顧客に提供することができる。",
          Outcome.MISSING,
          "IN-USE-02-SERVICE-FOR-OTHERS-IS-IN-USE-03");
    }

    @Test
    void offeringAServiceOnAModelTrainedOnTheDataStillIs() {
      assertEquals(
          Outcome.UNFAVOURABLE,
          judge(one(null, "乙は、入力データで学習させたモデルを用いたサービスを、他の顧客に提供することができる。"), "IN-USE-02").outcome());
    }

    @Test
    void offeringAServiceToThirdPartiesIsNotDisclosingTheData() {
      assertJudged(
          "IN-EXT-01",
          "乙は、入力データを用いて構築したサービスを、甲以外の第三者に提供することができる。",
          Outcome.MISSING,
          "IN-EXT-01-SERVICE-NOT-DATA");
    }

    @Test
    void providingTheDataToThirdPartiesStillIs() {
      assertEquals(
          Outcome.UNFAVOURABLE,
          judge(one(null, "乙は、入力データを甲以外の第三者に提供することができる。"), "IN-EXT-01").outcome());
    }
  }

  @Nested
  class IncidentReportsAreNotNonDisclosure {

    @Test
    void reportingALeakIsNoLimitOnDisclosure() {
      assertJudged(
          "IN-EXT-01",
          "入力データの漏えいが発生したときは、乙は、直ちにその旨を甲に報告する。",
          Outcome.MISSING,
          "IN-EXT-01-INCIDENT-REPORT");
    }
  }

  @Nested
  class HandingOverAModel {

    private final ParsedContract contract =
        ja(
            article(
                "第12条",
                "12",
                "専用モデル",
                "",
                paragraph("1", "12.1", "乙は、入力データを用いて甲専用モデルを構築する。"),
                paragraph("2", "12.2", "乙は、甲専用モデルの複製物及びその説明書を、検収後速やかに甲に引き渡す。")));

    @Test
    void handingOverTheModelIsNotReturningTheData() {
      assertJudged("IN-USE-08", Outcome.MISSING, "IN-USE-08-MODEL-NOT-DATA", contract);
    }

    @Test
    void handingOverACopyOfTheModelLeavesTheVendorsCopy() {
      assertJudged("IN-PRC-04", Outcome.PARTIAL, "IN-PRC-04-COPY-ONLY", contract);
    }
  }

  @Nested
  class NotDisclosedIsNotNotTrained {

    @Test
    void aNonDisclosureDutyIsNoPromiseAgainstTraining() {
      assertJudged(
          "IN-USE-02",
          Outcome.MISSING,
          "IN-USE-02-NOT-DISCLOSED-IS-NOT-NOT-TRAINED",
          one("学習への利用", "乙は、入力データを第三者に開示しない。"));
    }
  }

  @Nested
  class EnginesOfOtherCompanies {

    @Test
    void anEngineAnotherCompanyBuiltIsAnUpstreamOnItsOwnTerms() {
      String uses = "本サービスは、他社が開発した音声認識エンジン（以下「認識エンジン」という。）を使用する。";
      String terms = "認識エンジンの提供者による入力データの取扱いは、当該提供者の定める条件によるものとし、甲は、自らの責任においてこれを確認する。";
      assertJudged(
          "IN-EXT-03",
          Outcome.UNFAVOURABLE,
          "IN-EXT-03-THEIR-OWN-TERMS",
          ja(
              article(
                  "第14条",
                  "14",
                  "音声認識",
                  "",
                  paragraph("1", "14.1", uses),
                  paragraph("2", "14.2", terms))));
    }
  }

  @Nested
  class AccessFromAbroadIsLocation {

    @Test
    void aBanOnViewingTheDataFromAbroadIsNotStaffAccessControl() {
      assertJudged(
          "IN-USE-05",
          "乙は、入力データを海外の拠点から閲覧させてはならない。",
          Outcome.MISSING,
          "IN-USE-05-FOREIGN-ACCESS-IS-IN-USE-11");
    }
  }

  @Nested
  class ADeletionRightIsNotTheRetentionPeriod {

    @Test
    void theRetentionClauseDecidesNotTheRightToDelete() {
      ParsedContract c =
          ja(
              article(
                  "第10条",
                  "10",
                  "保存及び消去",
                  "",
                  paragraph("1", "10.1", "乙は、入力データを本業務の遂行に必要な期間保存する。"),
                  paragraph("2", "10.2", "乙は、本契約が終了したときは、保存している入力データを乙の判断で消去することができる。")));
      assertJudged("IN-USE-06", Outcome.PARTIAL, "IN-USE-06-VAGUE-PERIOD", c);
      assertEquals(
          Outcome.UNFAVOURABLE, judge(c, "IN-USE-07").outcome(), "the deletion item still sees it");
    }
  }

  @Nested
  class ALicenceBackToTheBuyerIsNoCounterRight {

    private ParsedContract withProviso(String proviso) {
      return ja(
          article(
              "第17条",
              "17",
              "データ及び成果物",
              "",
              paragraph("1", "17.1", "乙は、入力データを本業務の目的以外に利用してはならない。"),
              paragraph("2", "17.2", "本件成果物の著作権は、検収の完了時に甲に移転する。" + proviso)));
    }

    @Test
    void theBuyerMayUseWhatTheVendorKeeps() {
      ItemJudgment j =
          judge(
              withProviso("ただし、乙が従前から有するプログラムの権利は乙に留保し、甲はこれを成果物の利用に必要な範囲で利用することができる。"),
              "IN-USE-01");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
    }

    @Test
    void theVendorMayUseTheDataIsStillOne() {
      assertJudged(
          "IN-USE-01",
          Outcome.PARTIAL,
          "G-UNDERCUT",
          withProviso("ただし、乙は、入力データを統計的に分析し、自社サービスの企画に利用することができる。"));
    }
  }

  @Nested
  class PurposeWordedAsAnythingElse {

    @Test
    void useForAnythingButThePurposeIsAPurposeLimitation() {
      assertEquals(
          Outcome.SATISFIED,
          judge(one(null, "乙は、入力データを本業務の目的以外に利用してはならない。"), "IN-USE-01").outcome());
    }
  }

  @Nested
  class ProtectionsStatedNotwithstandingAQualifier {

    private ParsedContract confidentiality(String second) {
      return ja(
          article(
              "第22条",
              "22",
              "秘密保持",
              "",
              paragraph(
                  "1",
                  "22.1",
                  "甲及び乙は、相手方から開示された情報のうち、秘密である旨を明示されたもの（以下「秘密情報」という。）を、第三者に開示してはならない。"),
              paragraph("2", "22.2", second)));
    }

    @Test
    void aProtectionNotwithstandingTheMarkingRuleIsNotWeakenedByIt() {
      ItemJudgment j =
          judge(confidentiality("前項の規定にかかわらず、入力データは、表示の有無にかかわらず秘密情報として扱う。"), "IN-USE-09");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
      assertEquals("22.2", j.evidence().get(0).clausePath());
    }

    @Test
    void theSameProtectionWithoutSettingTheRuleAsideIsStillWeakened() {
      ItemJudgment j = judge(confidentiality("入力データは、表示の有無にかかわらず秘密情報として扱う。"), "IN-USE-09");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    }
  }

  @Nested
  class SurvivalForAsLongAsTheDataIsHeld {

    private ParsedContract survival(String second) {
      return ja(
          article(
              "第20条",
              "20",
              "秘密保持",
              "",
              paragraph("1", "20.1", "乙は、入力データを秘密として保持し、第三者に開示してはならない。"),
              paragraph("2", "20.2", second)));
    }

    @Test
    void confidentialityThatLastsWhileTheVendorHoldsTheDataDoesNotLapse() {
      ItemJudgment j =
          judge(survival("前項の義務は、本契約終了後3年間存続する。ただし、入力データについては、乙が保有する間存続する。"), "IN-USE-09");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
    }

    @Test
    void confidentialityThatLapsesAfterAFixedTimeDoes() {
      assertJudged(
          "IN-USE-09",
          Outcome.PARTIAL,
          "IN-USE-09-SHORT-SURVIVAL",
          survival("前項の義務は、本契約終了後3年間存続する。"));
    }
  }

  /**
   * A statement of work that names the upstream model and what the vendor builds with it says
   * nothing on the upstream's training or retention: a flow-down binds someone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The Supplier will adapt the Falcon foundation model licensed from Kestrel AI Ltd. to the"
            + " Agency's case records and deliver a triage assistant trained to route enquiries.",
        "受託者は、基盤モデル（提供元：株式会社ヘリックス）を用いて、委託者の文書を学習させた問合せ応答システムを構築する。"
      })
  void aDescriptionOfTheWorkOnAnUpstreamModelIsNoFlowDown(String text) {
    ItemJudgment j = judge(one(null, text), "IN-EXT-03");
    org.junit.jupiter.api.Assertions.assertNotEquals(
        "IN-EXT-03-FLOWDOWN-NO-TRAINING", j.rule(), () -> text + " -> " + j);
  }

  @Test
  void aNoTrainingTermSecuredFromTheUpstreamProviderIsStillAFlowDown() {
    ItemJudgment j = judge(one(null, "受託者は、基盤モデルの提供元が本件データを学習に利用しないことを契約により確保する。"), "IN-EXT-03");
    assertEquals("IN-EXT-03-FLOWDOWN-NO-TRAINING", j.rule(), j::toString);
  }
}
