package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.JUDGE;
import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.catalogue;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.item;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.jaVendorIsKo;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ParsedContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractJudgeTest {

  private static void assertJudged(
      String item, String label, Outcome outcome, String rule, ParsedContract contract) {
    ItemJudgment j = judge(contract, item);
    assertEquals(outcome, j.outcome(), () -> item + label + " -> " + j);
    assertEquals(rule, j.rule(), () -> item + label + " -> " + j);
  }

  private static void assertJudged(String item, String text, Outcome outcome, String rule) {
    ItemJudgment j = judge(one(null, text), item);
    assertEquals(outcome, j.outcome(), () -> item + " / " + text + " -> " + j);
    assertEquals(rule, j.rule(), () -> item + " / " + text + " -> " + j);
    assertTrue(j.reason().contains(rule) && j.reasonJa().contains(rule), "reason names the rule");
  }

  @Nested
  class Traps {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "IN-USE-02|当社は、入力情報を本サービスの改善のために利用できるものとします。",
          "IN-USE-02|Provider may use Customer Data to improve and develop its services.",
          "IN-USE-02|乙は、入力データを本サービスの品質向上に利用する。",
          "IN-USE-01|Provider may use Customer Content to provide, maintain and improve its services."
        })
    void improvementOfTheVendorsServicesCountsAsTraining(String item, String text) {
      ItemJudgment j = judge(one(null, text), item);
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
      assertTrue(j.rule().contains("TRAP"), j.rule());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを甲専用モデルの改善にのみ利用する。",
          "Provider shall use Customer Data to improve only the model dedicated to the Customer."
        })
    void improvementExpresslyLimitedToTheBuyersOwnInstanceIsNotTheTrap(String text) {
      assertJudged("IN-USE-02", text, Outcome.SATISFIED, "IN-USE-02-OWN-INSTANCE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを甲以外の第三者に開示しない。",
          "Provider shall not disclose Customer Data to other customers."
        })
    void notDisclosedIsNotNotUsed(String text) {
      assertJudged(
          "IN-USE-03", text, Outcome.MISSING, "IN-USE-03-TRAP-NOT-DISCLOSED-IS-NOT-NOT-USED");
    }

    @Test
    void useForOtherCustomersProvidedNothingIsDisclosedIsStillAVendorRight() {
      assertJudged(
          "IN-USE-03",
          "Provider may use Customer Data to provide services to other customers, provided the raw Data is not disclosed.",
          Outcome.UNFAVOURABLE,
          "G-RF-VENDOR-RIGHT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "本契約が終了した場合、乙は対象データを事前の通知なく削除できる。",
          "Provider may delete Customer Data after termination without notice."
        })
    void deletionAsTheVendorsRightIsNotADeletionDuty(String text) {
      assertJudged("IN-USE-07", text, Outcome.UNFAVOURABLE, "IN-USE-07-TRAP-DELETION-RIGHT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "甲は、乙の帳簿及び利用料金の計算記録を監査することができる。",
          "Customer may audit Provider's invoices and fees once a year."
        })
    void feeAuditsAreNotDataAudits(String text) {
      assertJudged("AUD-03", text, Outcome.MISSING, "AUD-03-TRAP-FEE-AUDIT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲による本サービスの利用状況を監査することができる。",
          "Provider may audit Customer's use of the Service."
        })
    void aVendorAuditingTheCustomerIsNotACustomerAuditRight(String text) {
      assertJudged("AUD-03", text, Outcome.MISSING, "AUD-03-TRAP-VENDOR-AUDITS-CUSTOMER");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、本契約の期間中及びその終了後も、対象データを前条の目的で利用できる。",
          "Provider may continue to use Customer Data after termination for the purposes in Section 4."
        })
    void survivingUseRightIsUnfavourable(String text) {
      assertJudged("IN-USE-13", text, Outcome.UNFAVOURABLE, "IN-USE-13-TRAP-SURVIVING-USE-RIGHT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを当社ウェブサイトに定める期間を超えて保存しない。",
          "Provider shall not retain Customer Data longer than the period set out in the Order Form."
        })
    void commitmentsLeftToOnlinePoliciesOrOrderFormsArePartialAtBest(String text) {
      assertJudged("IN-USE-06", text, Outcome.PARTIAL, "G-EXTERNAL-REFERENCE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "当社は、当社が必要と判断した場合に本規約を変更でき、変更後に本サービスを利用した場合は変更後の規約に同意したものとみなします。",
          "We may modify these Terms at any time; continued use of the Service means acceptance of the modified Terms."
        })
    void deemedConsentToChangedTermsIsUnfavourable(String text) {
      ParsedContract c =
          SentenceAnalyser.isJapanese(text)
              ? ja(article("第20条", "20", "規約の変更", text))
              : en(article("Section 20", "20", "Changes", text));
      ItemJudgment j = judge(c, "IN-USE-12", ProcurementModel.M1);
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
      assertEquals("IN-USE-12-TRAP-DEEMED-CONSENT", j.rule());
    }
  }

  @Nested
  class PartyBinding {

    @Test
    void aDeletionDutyBindsWhicheverPartyTheContractDefinesAsVendor() {
      String text = "甲は、本契約終了後30日以内に入力データを消去する。";
      assertEquals(
          Outcome.SATISFIED,
          judge(jaVendorIsKo(article("第9条", "9", "データの消去", text)), "IN-USE-07").outcome());
      assertEquals(
          Outcome.PARTIAL,
          judge(ja(article("第9条", "9", "データの消去", text)), "IN-USE-07").outcome(),
          "the same words bind the buyer when 甲 is the buyer");
    }

    @Test
    void aRightToDeleteIsTheTrapOnlyWhenTheVendorHoldsIt() {
      String text = "甲は、乙に対し、入力データの削除を求めることができる。";
      assertEquals(
          "IN-USE-07-ON-REQUEST-ONLY",
          judge(ja(article("第9条", "9", null, text)), "IN-USE-07").rule());
      String vendorRight = "甲は、入力データを削除することができる。";
      assertEquals(
          "IN-USE-07-TRAP-DELETION-RIGHT",
          judge(jaVendorIsKo(article("第9条", "9", null, vendorRight)), "IN-USE-07").rule());
    }
  }

  @Nested
  class Exceptions {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを第三者に開示しない。ただし、乙が必要と判断した場合はこの限りでない。",
          "Provider shall not disclose Customer Data to any third party, except to its business partners."
        })
    void anExceptionServingTheVendorCutsTheProtectionBackToPartial(String text) {
      assertJudged("IN-EXT-01", text, Outcome.PARTIAL, "G-EXCEPTION-TAKES-BACK");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、甲の事前の書面による承諾なく、入力データを第三者に開示してはならない。",
          "Provider shall not disclose Customer Data to any third party except as required by law."
        })
    void consentAndLegalCompulsionDoNotTakeTheProtectionBack(String text) {
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-EXT-01").outcome());
    }

    /** A vendor right in the article numbered 4 (第4条, Section 4), a protection in the 9th. */
    private ParsedContract rightThenProtection(String right, String protection) {
      if (SentenceAnalyser.isJapanese(right)) {
        return ja(article("第4条", "4", null, right), article("第9条", "9", null, protection));
      }
      return en(
          article("Section 4", "4", null, right), article("Section 9", "9", null, protection));
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(
        delimiter = '|',
        value = {
          "IN-USE-07|PARTIAL|乙は、入力データを匿名化した統計情報を作成し、自らの新サービスの開発に利用することができる。|乙は、契約終了後30日以内に入力データを消去する。ただし、第4条により作成した統計情報については、この限りでない。",
          "IN-USE-07|PARTIAL|Provider may keep usage information derived from Customer Data and use it for its own product development.|Provider shall delete Customer Data within 30 days after termination, except for the usage information kept under Section 4.",
          "IN-EXT-01|SATISFIED|Provider may outsource the operation of the Service to third parties.|Provider will not disclose Customer Data to any third party, except as provided in Section 4."
        })
    void anExceptionNamingAClauseIsAsBenignAsThatClause(
        String item, Outcome expected, String right, String protection) {
      // Data carved out through the clause that lets the vendor use it is taken back; cases
      // carved out ("except as provided in Section 4": subcontracting) are left to their own item.
      ItemJudgment j = judge(rightThenProtection(right, protection), item);
      assertEquals(expected, j.outcome(), j::toString);
    }
  }

  @Nested
  class Aggregation {

    @Test
    void aTrapElsewhereBeatsAProtectiveClause() {
      ItemJudgment j =
          judge(
              ja(
                  article("第5条", "5", "学習利用", "乙は、入力データを学習に利用しない。"),
                  article("第6条", "6", "利用目的", "乙は、入力データを本サービスの改善のために利用できる。")),
              "IN-USE-02");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
      assertEquals("6", j.evidence().get(0).clausePath());
    }

    @Test
    void aGenericVendorRightBeatsAGenericProtection() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Section 5",
                      "5",
                      null,
                      "Provider shall not disclose Customer Data to third parties."),
                  article(
                      "Section 9",
                      "9",
                      null,
                      "Provider may share Customer Data with its affiliates and partners.")),
              "IN-EXT-01");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
      assertEquals("Section 9", j.evidence().get(0).clauseRef());
    }

    @Test
    void aFirmProtectionBeatsABestEffortsClause() {
      ItemJudgment j =
          judge(
              ja(
                  article("第7条", "7", "監査", "乙は、甲の監査に協力するよう努める。"),
                  article("第8条", "8", "立入検査", "甲は、事前に通知のうえ、乙の事業所に立ち入り、入力データの管理状況を検査することができる。")),
              "AUD-03");
      assertEquals(Outcome.SATISFIED, j.outcome());
      assertEquals("8", j.evidence().get(0).clausePath());
    }

    @Test
    void aSpecificProtectiveRuleBeatsAGenericVendorRight() {
      ItemJudgment j =
          judge(
              ja(
                  article("第4条", "4", "保存", "乙は、入力データを処理後30日を超えて保存しない。"),
                  article("第12条", "12", "ログ", "乙は、入力データに関するログを保存することができる。")),
              "IN-USE-06");
      assertEquals(Outcome.SATISFIED, j.outcome());
      assertEquals("IN-USE-06-FIXED-PERIOD", j.rule());
    }
  }

  @Nested
  class CrossReferencesAndContext {

    @Test
    void aSurvivalListNamingTheVendorsUseClauseIsUnfavourable() {
      ItemJudgment ja =
          judge(
              ja(
                  article("第5条", "5", "データの利用", "乙は、対象データを本サービスの改良のために利用することができる。"),
                  article("第15条", "15", "存続条項", "第5条及び第9条の規定は、本契約の終了後も有効に存続する。")),
              "IN-USE-13");
      assertEquals("IN-USE-13-TRAP-SURVIVAL-LIST", ja.rule());
      assertEquals("15", ja.evidence().get(0).clausePath());
      ItemJudgment en =
          judge(
              en(
                  article(
                      "Section 4",
                      "4",
                      "Use of Content",
                      "Provider may use Customer Data to operate and improve the Service."),
                  article(
                      "Section 9",
                      "9",
                      "Survival",
                      "Sections 4, 7 and 11 survive any termination of this Agreement.")),
              "IN-USE-13");
      assertEquals(Outcome.UNFAVOURABLE, en.outcome());
      assertEquals("IN-USE-13-TRAP-SURVIVAL-LIST", en.rule());
    }

    @Test
    void aSurvivalListOfProtectiveClausesIsNotTheTrap() {
      // Nor is it a promise that the use right ends (2026-11-22: the development labels and the
      // phrase bank read such a list as silent on IN-USE-13, not as SATISFIED).
      ItemJudgment j =
          judge(
              ja(
                  article("第5条", "5", "秘密保持", "乙は、入力データを第三者に開示してはならない。"),
                  article("第15条", "15", "存続条項", "第5条の規定は、本契約の終了後も有効に存続する。")),
              "IN-USE-13");
      assertEquals(Outcome.MISSING, j.outcome());
    }

    @Test
    void aConsentSentenceTakesItsTopicFromTheSentenceItPointsBackTo() {
      ItemJudgment j =
          judge(
              ja(article("第9条", "9", "データの取扱い", "入力情報は、海外のサーバに移転される。利用者はこれに同意するものとします。")),
              "IN-EXT-04");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
    }

    @Test
    void trainingUseThatTheBuyerCanSwitchOffIsPartial() {
      assertJudged(
          "IN-USE-02",
          "Unless you opt out in your account settings, we may use your inputs to train our models.",
          Outcome.PARTIAL,
          "G-OPT-OUT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Unless an administrator of Customer switches off the sharing toggle, Provider may use Customer Data to train its models.",
          "Unless the Customer's admins deselect the research option, Provider may use Customer Data to train its models."
        })
    void trainingUseThatTheBuyersAdministratorsCanSwitchOffIsPartial(String text) {
      assertJudged("IN-USE-02", text, Outcome.PARTIAL, "G-OPT-OUT");
    }

    @Test
    void coordinatedStatementsAreJudgedPerParty() {
      ItemJudgment j =
          judge(one("報告", "甲は、乙に対し、入力データの取扱状況について報告を求めることができ、乙は、10営業日以内に書面により報告する。"), "AUD-01");
      assertEquals(Outcome.SATISFIED, j.outcome());
      ItemJudgment en =
          judge(
              one(
                  null,
                  "Provider shall keep Customer Data confidential and shall not disclose it to any third party."),
              "IN-EXT-01");
      assertEquals(Outcome.SATISFIED, en.outcome());
    }
  }

  @Nested
  class GeneralMechanisms {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "受注者は、対象データを善良なる管理者の注意をもって管理する。",
          "Provider shall maintain reasonable measures for the security of Customer Data."
        })
    void aVagueCommitmentIsPartial(String text) {
      assertJudged("IN-USE-10", text, Outcome.PARTIAL, "G-VAGUE-COMMITMENT");
    }

    @Test
    void aLicenceGrantIsTheGranteesRight() {
      assertJudged(
          "IN-USE-02",
          "Customer grants Provider a perpetual licence to use Customer Data to improve its services.",
          Outcome.UNFAVOURABLE,
          "IN-USE-02-TRAP-IMPROVE-IS-TRAINING");
    }

    @Test
    void theBuyersConsentUnderAFormalEndingIsReadAsConsent() {
      assertJudged(
          "IN-USE-02",
          "利用者は、当社が入力情報をAIモデルの学習に利用することがあることに同意するものとします。",
          Outcome.UNFAVOURABLE,
          "IN-USE-02-BUYER-CONSENTS");
    }

    @Test
    void aTermDefinedAsAPublishedDocumentMakesItsUseAnOutsideReference() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Section 1",
                      "1",
                      "Definitions",
                      "",
                      paragraph(
                          "1.1",
                          "1.1",
                          "\"Security Policy\" means Provider's security policy published at https://example.test/security.")),
                  article(
                      "Section 5",
                      "5",
                      "Security",
                      "Provider shall maintain the security measures described in the Security Policy.")),
              "IN-USE-10");
      assertEquals(Outcome.PARTIAL, j.outcome());
      assertEquals("G-EXTERNAL-REFERENCE", j.rule());
    }
  }

  @Test
  void evidenceCitesThePrintedReferencePathPageAndDecisiveSentence() {
    ItemJudgment j =
        judge(
            ja(
                article(
                    "第8条",
                    "8",
                    "データの取扱い",
                    "甲は、本サービスを利用する。",
                    paragraph("2", "8.2", "乙は、甲の書面による承諾なく入力データを日本国外に移転しない。その他の定めは別紙による。"))),
            "IN-EXT-04");
    assertEquals(Outcome.SATISFIED, j.outcome());
    Evidence e = j.evidence().get(0);
    assertEquals("第8条第2項", e.clauseRef());
    assertEquals("8.2", e.clausePath());
    assertEquals(2, e.page());
    assertEquals("乙は、甲の書面による承諾なく入力データを日本国外に移転しない。", e.quote());
  }

  @Test
  void silenceIsMissingAndUnknownItemsAreReported() {
    ParsedContract c = one("準拠法", "本契約は日本法に準拠する。");
    var judgments = JUDGE.judge(c, ProcurementModel.M1, catalogue("IN-USE-07", "XX-UNKNOWN-01"));
    assertEquals(Outcome.MISSING, judgments.get(0).outcome());
    assertEquals("G-MISSING", judgments.get(0).rule());
    assertEquals(Severity.HIGH, judgments.get(0).severity());
    assertEquals("G-NO-KNOWLEDGE", judgments.get(1).rule());
    assertEquals(
        java.util.List.of("XX-UNKNOWN-01"),
        JudgmentFixtures.KNOWLEDGE.itemsWithoutKnowledge(catalogue("IN-USE-07", "XX-UNKNOWN-01")));
  }

  @Nested
  class PurposeLimitationUndercut {

    @Test
    void aVendorRightInTheNextParagraphWeakensAPurposeLimitationAndIsCited() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第7条",
                      "7",
                      "入力データの取扱い",
                      "",
                      paragraph("1", "7.1", "乙は、入力データを、本業務の実施のためにのみ利用する。"),
                      paragraph("2", "7.2", "前項にかかわらず、乙は、入力データを集計し、自社製品の企画に利用することができる。"))),
              "IN-USE-01");
      assertEquals(Outcome.PARTIAL, j.outcome());
      assertEquals("G-UNDERCUT", j.rule());
      assertEquals("7.2", j.evidence().get(0).clausePath());
    }

    @Test
    void aCarveOutInsideAnotherProhibitionOfTheSameScheduleWeakensThePurposeLimitation() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Schedule 2",
                      "A2",
                      "Data Handling",
                      "",
                      paragraph(
                          "1.",
                          "A2.1",
                          "The Supplier shall process Buyer Data only to run the Service for the Buyer."),
                      paragraph(
                          "2.",
                          "A2.2",
                          "The Supplier shall not train any model on Buyer Data, except that the Supplier may use"
                              + " usage ratings to tune its own ranking engine."))),
              "IN-USE-01");
      assertEquals(Outcome.PARTIAL, j.outcome());
      assertEquals("A2.2", j.evidence().get(0).clausePath());
    }

    @Test
    void aRightInAnUnrelatedArticleLeavesThePurposeLimitationIntact() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 3",
                      "3",
                      "Use of Data",
                      "The Supplier shall process Buyer Data only to run the Service for the Buyer."),
                  article(
                      "Article 9",
                      "9",
                      "Publicity",
                      "The Supplier may use the Buyer's name in its list of references.")),
              "IN-USE-01");
      assertEquals(Outcome.SATISFIED, j.outcome());
    }

    @Test
    void aSecurityCheckTheVendorMayMakeIsNotAUseForItsOwnEnds() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第4条",
                      "4",
                      "入力データの利用",
                      "",
                      paragraph("1", "4.1", "乙は、入力データを、本サービスの提供のためにのみ利用する。"),
                      paragraph("2", "4.2", "乙は、不正利用が疑われるときは、入力データを確認することがある。"))),
              "IN-USE-01");
      assertEquals(Outcome.SATISFIED, j.outcome());
    }

    @Test
    void aTrainingRightBesideAPurposeLimitationWeakensItForThePurposeItem() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 5",
                      "5",
                      "Customer Data",
                      "",
                      paragraph(
                          "5.1",
                          "5.1",
                          "The Supplier shall use Customer Data solely to provide the Service to the Customer."),
                      paragraph(
                          "5.2",
                          "5.2",
                          "The Supplier may use Customer Data to improve and develop its products."))),
              "IN-USE-01");
      assertEquals(Outcome.PARTIAL, j.outcome());
      assertEquals("5.2", j.evidence().get(0).clausePath());
    }

    @Test
    void aLicenceTheVendorGrantsTheBuyerIsNotAPurposeLimitation() {
      ItemJudgment j =
          judge(
              ja(article("第11条", "11", "利用許諾", "乙は、甲に対し、本ソフトウェアを甲の窓口業務のために利用することを許諾する。")),
              "IN-USE-01");
      assertTrue(
          !"IN-USE-01-PURPOSE-LIST".equals(j.rule()),
          "a licence granted to the buyer limits the buyer, not the vendor: " + j.rule());
      ItemJudgment en =
          judge(
              en(
                  article(
                      "Article 11",
                      "11",
                      "Licence",
                      "The Supplier grants the Buyer a licence to use the Software for the purposes of its"
                          + " help desk.")),
              "IN-USE-01");
      assertTrue(!"IN-USE-01-PURPOSE-LIST".equals(en.rule()), en.rule());
    }
  }

  @Nested
  class SurvivalWording {

    @Test
    void aListOfClausesThatStillHaveEffectAfterTheEndKeepsAVendorUseRightAlive() {
      ItemJudgment j =
          judge(
              ja(
                  article("第6条", "6", "分析", "乙は、入力データを集計し、その結果を自社の商品開発に利用することができる。"),
                  article("第20条", "20", "残存条項", "契約が終了した場合であっても、第6条及び第9条の定めはなお効力を有する。")),
              "IN-USE-13");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
      assertEquals("20", j.evidence().get(0).clausePath());
    }

    @Test
    void clausesThatRemainInForceAfterExpiryKeepAVendorUseRightAlive() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 6",
                      "6",
                      "Analytics",
                      "Supplier may use Buyer Data to build statistics for its other clients."),
                  article(
                      "Article 20",
                      "20",
                      "General",
                      "After expiry of this Agreement, Articles 6 and 9 remain in force.")),
              "IN-USE-13");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
      assertEquals("20", j.evidence().get(0).clausePath());
    }

    @Test
    void nothingInTheAgreementRestrictingTheVendorIsARightOfTheVendor() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 7",
                      "7",
                      "Know-how",
                      "Nothing in this Agreement limits Supplier's use of general skills learned from Buyer Data."),
                  article(
                      "Article 21",
                      "21",
                      "Survival",
                      "Article 7 survives termination of this Agreement.")),
              "IN-USE-13");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
    }
  }

  @Nested
  class DefinedTermsMustBeProtected {

    private static final String JA_DEFINITION =
        "本契約において「解析結果」とは、乙が入力データを加工して作成した特徴量、埋め込み及び学習用データセットをいう。";

    @Test
    void aDerivedDataTermThatNoDutyNamesIsOnlyDescribed() {
      ItemJudgment j =
          judge(
              ja(
                  article("第1条", "1", "定義", JA_DEFINITION),
                  article("第5条", "5", "秘密保持", "乙は、入力データを第三者に開示してはならない。")),
              "IN-PRC-01");
      assertEquals(Outcome.PARTIAL, j.outcome());
      assertEquals("G-DEFINED-NOT-PROTECTED", j.rule());
    }

    @Test
    void aDerivedDataTermNamedInAProhibitionIsProtected() {
      ItemJudgment j =
          judge(
              ja(
                  article("第1条", "1", "定義", JA_DEFINITION),
                  article("第5条", "5", "秘密保持", "乙は、入力データ及び解析結果を第三者に開示してはならない。")),
              "IN-PRC-01");
      assertEquals(Outcome.SATISFIED, j.outcome());
    }

    @Test
    void aDerivedTermFoldedIntoAProtectedWiderTermIsProtected() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 1",
                      "1",
                      "Definitions",
                      "",
                      paragraph(
                          "1.1",
                          "1.1",
                          "\"Buyer Material\" means the files the Buyer uploads and all Feature Sets."),
                      paragraph(
                          "1.2",
                          "1.2",
                          "\"Feature Sets\" means the embeddings and training datasets the Supplier"
                              + " builds from the Buyer's files.")),
                  article(
                      "Article 6",
                      "6",
                      "Confidentiality",
                      "The Supplier shall not disclose Buyer Material to any third party.")),
              "IN-PRC-01");
      assertEquals(Outcome.SATISFIED, j.outcome());
    }

    @Test
    void theDefinitionThatFoldsTheDerivedTermIntoTheBuyersDataIsCited() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 2",
                      "2",
                      "Interpretation",
                      "",
                      paragraph(
                          "2.1",
                          "2.1",
                          "\"Model Artefacts\" means the vector indexes, embeddings and fine-tuned"
                              + " models the Provider creates from the Customer's records."),
                      paragraph(
                          "2.2",
                          "2.2",
                          "\"Customer Data\" means the records the Customer submits and includes"
                              + " the Model Artefacts.")),
                  article(
                      "Article 8",
                      "8",
                      "Use of data",
                      "The Provider shall not disclose Customer Data to any third party.")),
              "IN-PRC-01");
      assertEquals(Outcome.SATISFIED, j.outcome());
      assertEquals("2.2", j.evidence().get(0).clausePath());
    }

    @Test
    void aJapaneseListDefinitionFoldingDerivedDataIsCited() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第2条",
                      "2",
                      "定義",
                      "本契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。",
                      item("（1）", "2.1.1", "委託データ　甲が乙に提供する文書及び解析成果をいう。"),
                      item("（2）", "2.1.2", "解析成果　乙が委託データを加工して作成した埋め込み及びインデックスをいう。")),
                  article("第6条", "6", "秘密保持", "乙は、委託データを第三者に開示してはならない。")),
              "IN-PRC-01");
      assertEquals(Outcome.SATISFIED, j.outcome(), j.reason());
      assertEquals("2.1.1", j.evidence().get(0).clausePath(), j.reason());
    }

    @Test
    void aDerivedTermThatOnlyAVendorRightNamesIsNotProtected() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 1",
                      "1",
                      "Definitions",
                      "\"Feature Sets\" means the embeddings and training datasets the Supplier builds"
                          + " from the Buyer's files."),
                  article(
                      "Article 6",
                      "6",
                      "Reuse",
                      "The Supplier may keep Feature Sets for its benchmarking.")),
              "IN-PRC-01");
      assertEquals(Outcome.PARTIAL, j.outcome());
    }
  }

  @Nested
  class TheCentralQuestionIsCited {

    @Test
    void aNoReuseForOthersClauseIsCitedOverAGeneralNoTrainingPromise() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第3条",
                      "3",
                      "データの取扱い",
                      "",
                      paragraph("1", "3.1", "乙は、入力データを、乙のAIモデルの学習に利用してはならない。"),
                      paragraph("2", "3.2", "乙は、入力データから作成した埋め込みを、甲以外の顧客に対する役務の提供に利用してはならない。"))),
              "IN-PRC-03");
      assertEquals(Outcome.SATISFIED, j.outcome());
      assertEquals("3.2", j.evidence().get(0).clausePath());
    }

    @Test
    void theSameHoldsInEnglish() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 5",
                      "5",
                      "Data",
                      "",
                      paragraph(
                          "5.1",
                          "5.1",
                          "The Provider shall not use Customer Data to train the Provider's models."),
                      paragraph(
                          "5.2",
                          "5.2",
                          "The Provider shall not use embeddings built from Customer Data for the"
                              + " benefit of any person other than the Customer."))),
              "IN-PRC-03");
      assertEquals(Outcome.SATISFIED, j.outcome());
      assertEquals("5.2", j.evidence().get(0).clausePath());
    }
  }

  @Nested
  class LicencesAreNotRetention {

    @Test
    void aPerpetualSoftwareLicenceBesideDataIsNotAnIndefiniteRetention() {
      ItemJudgment en =
          judge(
              en(
                  article(
                      "Article 9",
                      "9",
                      "Intellectual Property",
                      "",
                      paragraph("9.1", "9.1", "The Buyer owns all Buyer Data."),
                      paragraph(
                          "9.2",
                          "9.2",
                          "The Supplier keeps its own toolkits and grants the Buyer a perpetual, royalty-free"
                              + " licence to run them."))),
              "IN-USE-06");
      assertEquals(Outcome.MISSING, en.outcome());
      ItemJudgment ja =
          judge(
              ja(
                  article(
                      "第9条",
                      "9",
                      "知的財産権",
                      "",
                      paragraph("1", "9.1", "入力データに関する権利は甲に帰属する。"),
                      paragraph("2", "9.2", "乙は、甲に対し、乙の既存ツールを永続的に使用することを許諾する。"))),
              "IN-USE-06");
      assertEquals(Outcome.MISSING, ja.outcome());
    }

    @Test
    void keepingDataIndefinitelyIsStillUnfavourable() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 5",
                      "5",
                      "Retention",
                      "The Supplier may keep Buyer Data indefinitely.")),
              "IN-USE-06");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
    }
  }

  @Nested
  class AuditFrequencyCaps {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "ja|乙は、甲による本件データの取扱いに関する監査を受け入れる。監査は2年に1回に限り、乙は、これを超える監査には応じない。",
          "en|The Supplier shall allow the Buyer to audit its handling of Buyer Data. Audits are limited to"
              + " once a year and the Supplier need not accept audits in excess of that."
        })
    void aCapOnHowOftenTheBuyerMayAuditKeepsTheAuditRight(String lang, String text) {
      ParsedContract c =
          lang.equals("ja")
              ? ja(article("第12条", "12", "監査", text))
              : en(article("Article 12", "12", "Audit", text));
      assertEquals(Outcome.SATISFIED, judge(c, "AUD-03").outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "ja|甲による監査は年1回に限るものとし、乙は、理由の如何を問わず、これを超える監査には応じない。",
          "en|Audits by the Buyer are limited to once per year, and the Supplier shall not accept further"
              + " audits for any reason."
        })
    void aCapThatHoldsWhateverTheReasonShutsOutAuditsAfterAnIncident(String lang, String text) {
      ParsedContract c =
          lang.equals("ja")
              ? ja(article("第12条", "12", "監査", text))
              : en(article("Article 12", "12", "Audit", text));
      assertEquals(Outcome.UNFAVOURABLE, judge(c, "AUD-05").outcome());
    }
  }

  @Nested
  class TermsThatCoverDerivedData {

    @Test
    void deletingATermThatIncludesDerivedDataDecidesDerivedDataDeletion() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 1",
                      "1",
                      "Definitions",
                      "",
                      paragraph(
                          "1.1",
                          "1.1",
                          "\"Buyer Material\" means the files the Buyer uploads and all Feature Sets."),
                      paragraph(
                          "1.2",
                          "1.2",
                          "\"Feature Sets\" means the embeddings and training datasets the Supplier"
                              + " builds from the Buyer's files.")),
                  article(
                      "Article 8",
                      "8",
                      "End of Contract",
                      "Within 20 days after expiry, the Supplier shall destroy all Buyer Material.")),
              "IN-PRC-04");
      assertEquals(Outcome.SATISFIED, j.outcome());
      assertEquals("8", j.evidence().get(0).clausePath());
    }

    @Test
    void aRightToDeleteATermThatIncludesDerivedDataIsTheDeletionTrap() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第1条", "1", "定義", "本契約において「委託データ」とは、甲が提供するデータ及び乙がこれを加工して作成したベクトルインデックスをいう。"),
                  article("第15条", "15", "契約終了時の措置", "乙は、本契約終了後、委託データを削除することができる。")),
              "IN-PRC-04");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
      assertEquals("15", j.evidence().get(0).clausePath());
    }

    @Test
    void aTermThatDoesNotCoverDerivedDataIsNotFollowed() {
      ItemJudgment j =
          judge(
              ja(
                  article("第1条", "1", "定義", "本契約において「委託データ」とは、甲が乙に提供する文書をいう。"),
                  article("第15条", "15", "契約終了時の措置", "乙は、本契約終了後、委託データを削除することができる。")),
              "IN-PRC-04");
      assertEquals(Outcome.MISSING, j.outcome());
    }
  }

  @Nested
  class TranscriptsAreDerivedData {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "ja|本契約において「相談記録」とは、甲の窓口の録音及びその文字起こし結果をいう。" + "|乙は、本契約の終了後14日以内に、相談記録を消去しなければならない。",
          "en|\"Call Records\" means the recordings of the Buyer's help line and their transcripts."
              + "|The Supplier shall erase all Call Records within 14 days after expiry."
        })
    void deletingATermThatIncludesTranscriptsCoversDerivedData(
        String lang, String definition, String deletion) {
      ParsedContract c =
          lang.equals("ja")
              ? ja(article("第1条", "1", "定義", definition), article("第9条", "9", "終了時の措置", deletion))
              : en(
                  article("Article 1", "1", "Definitions", definition),
                  article("Article 9", "9", "Exit", deletion));
      assertEquals(Outcome.SATISFIED, judge(c, "IN-PRC-04").outcome());
      assertEquals(Outcome.SATISFIED, judge(c, "IN-PRC-01").outcome());
    }
  }

  @Nested
  class CoveringTermsForOwnership {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "ja|本契約において「委託資料」とは、甲が提供する文書及び乙がこれから作成した埋め込みをいう。" + "|委託資料に関する一切の権利は甲に帰属する。",
          "en|\"Customer Material\" means the Customer's documents and the embeddings the Provider builds from"
              + " them.|The Customer owns all Customer Material."
        })
    void ownershipOfATermThatIncludesDerivedDataIsOwnershipOfDerivedData(
        String lang, String definition, String ownership) {
      ParsedContract c =
          lang.equals("ja")
              ? ja(article("第1条", "1", "定義", definition), article("第7条", "7", "権利の帰属", ownership))
              : en(
                  article("Article 1", "1", "Definitions", definition),
                  article("Article 7", "7", "Ownership", ownership));
      ItemJudgment j = judge(c, "IN-PRC-02");
      assertEquals(Outcome.SATISFIED, j.outcome());
      assertEquals("7", j.evidence().get(0).clausePath());
    }

    @Test
    void aSentenceNamingDerivedDataOutranksOneThatOnlyNamesACoveringTerm() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 1",
                      "1",
                      "Definitions",
                      "\"Buyer Material\" means the Buyer's documents and the embeddings the Supplier"
                          + " builds from them."),
                  article("Article 7", "7", "Ownership", "The Buyer owns all Buyer Material."),
                  article(
                      "Article 8",
                      "8",
                      "Models",
                      "The Supplier owns the embeddings and may use them for any purpose.")),
              "IN-PRC-02");
      assertEquals("8", j.evidence().get(0).clausePath());
    }
  }

  @Nested
  class UseIsNotDisclosure {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "ja|乙は、入力データを集計し、自社の別製品の改良に利用することができる。ただし、乙は、入力データを第三者に開示しない。",
          "en|Provider may use Customer Data to tune its other products. Provider shall not disclose"
              + " Customer Data to any third party."
        })
    void aUseRightWithANonDisclosureProvisoDoesNotDecideDisclosure(String lang, String text) {
      ParsedContract c =
          lang.equals("ja")
              ? ja(article("第5条", "5", "データの利用", text))
              : en(article("Article 5", "5", "Use of Data", text));
      ItemJudgment j = judge(c, "IN-EXT-01");
      assertTrue(j.outcome() != Outcome.UNFAVOURABLE, j.rule());
    }

    @Test
    void aRightToUseAndShareIsStillADisclosureRight() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 5",
                      "5",
                      "Use of Data",
                      "Provider may use Customer Data and may share it with its partners.")),
              "IN-EXT-01");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome());
    }
  }

  @Nested
  class StaffAccessAsNecessary {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "ja|乙の従業員は、保守作業に必要な範囲で、入力データを閲覧することがある。",
          "en|Provider's engineers may view Customer Data to the extent necessary to maintain the Service."
        })
    void accessAsNecessaryForTheWorkIsOnlyAVagueLimit(String lang, String text) {
      ParsedContract c =
          lang.equals("ja")
              ? ja(article("第8条", "8", "従業員によるアクセス", text))
              : en(article("Article 8", "8", "Personnel Access", text));
      assertEquals(Outcome.PARTIAL, judge(c, "IN-USE-05").outcome());
    }
  }

  @Nested
  class PartyRolesInCues {

    @Test
    void remediationAtTheVendorsJudgmentWhateverTheVendorIsCalled() {
      String text = "甲は、乙の監査の結果を受け、必要な対応を行う。監査結果への対応は、甲の判断によるものとする。";
      ItemJudgment vendorPaper = judge(jaVendorIsKo(article("第12条", "12", "監査", text)), "AUD-07");
      assertEquals("AUD-07-VENDOR-DISCRETION", vendorPaper.rule(), vendorPaper::toString);
      assertEquals(Outcome.UNFAVOURABLE, vendorPaper.outcome());
      ItemJudgment buyerPaper = judge(ja(article("第12条", "12", "監査", text)), "AUD-07");
      assertTrue(
          buyerPaper.outcome() != Outcome.UNFAVOURABLE,
          () -> "the buyer's own judgment is no vendor discretion: " + buyerPaper);
    }

    @Test
    void theVendorsOwnChoiceOfAuditorIsUnfavourable() {
      String text = "乙が監査を第三者に行わせる場合、当該第三者は甲が指定する監査法人に限る。";
      assertEquals(
          Outcome.UNFAVOURABLE,
          judge(jaVendorIsKo(article("第12条", "12", "監査", text)), "AUD-04").outcome());
    }
  }

  @Nested
  class DraftingHabitsInAllTheirWordings {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、監査で指摘された事項について、是正措置の要否及び内容を自ら判断する。",
          "監査結果に基づく是正の方法は、乙が定めるものとする。",
          "乙は、監査結果を踏まえ、乙が適当と認める是正措置を講じる。",
          "Any remediation of audit findings shall be carried out at the Provider's sole discretion.",
          "The Provider shall address audit findings in such manner as the Provider determines."
        })
    void remediationLeftToTheVendorIsUnfavourableHoweverItIsPhrased(String text) {
      assertJudged("AUD-07", text, Outcome.UNFAVOURABLE, "AUD-07-VENDOR-DISCRETION");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider keeps Customer Data for as long as it reasonably deems appropriate.",
          "Provider stores Customer Data without any fixed retention period.",
          "乙は、入力データを、乙が必要と判断する期間保存する。"
        })
    void retentionForAsLongAsTheVendorThinksFitIsIndefinite(String text) {
      assertJudged("IN-USE-06", text, Outcome.UNFAVOURABLE, "IN-USE-06-INDEFINITE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer shall have no right to audit the Provider's data centres.",
          "Customer is not entitled to inspect the Provider's premises or systems.",
          "甲は、乙の事業所に立ち入って監査する権利を有しない。"
        })
    void aBuyerDeniedTheRightToAuditIsAnExpressExclusion(String text) {
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "AUD-03").outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider shall provide its SOC 2 report in place of any on-site audit by Customer.",
          "Provider's ISO 27001 certificate shall serve as a substitute for any audit by Customer, and Customer may not conduct an on-site audit."
        })
    void documentsInPlaceOfAnAuditExcludeTheAudit(String text) {
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "AUD-03").outcome());
    }
  }

  @Nested
  class NegativeSubjects {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Neither party may transfer this Agreement to a third party without the other party's written consent.",
          "No party shall assign its rights under this Agreement without the prior written consent of the other."
        })
    void neitherPartyMayIsAProhibitionNotARight(String text) {
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-EXT-06").outcome());
    }

    @Test
    void noLaterThanIsADeadlineNotANegation() {
      String text =
          "No later than 20 days after expiry, the Provider shall erase all Customer Data.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-07").outcome());
    }
  }

  @Nested
  class LookAlikeInspections {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Should a review of the invoices reveal an overpayment, the Provider shall repay it and bear the Customer's costs of the review.",
          "甲は、乙の請求書を検査することができ、過大請求が判明したときは、乙はその費用を負担する。"
        })
    void aCheckOfTheFeesIsNoDataAudit(String text) {
      assertEquals(Outcome.MISSING, judge(one(null, text), "AUD-08").outcome());
    }

    @Test
    void inspectingTheDeliverablesOnAcceptanceIsNoAudit() {
      String text = "甲は、成果物の納入後14日以内に、成果物が仕様書に適合するか否かを検査し、その結果を乙に通知する。";
      assertEquals(Outcome.MISSING, judge(one(null, text), "AUD-02").outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Upon request, Provider shall give Customer a summary of the results of the latest external penetration test it has commissioned.",
          "乙は、毎年、データの取扱状況について自ら点検を行い、その結果を甲に報告する。"
        })
    void aSummaryOrASelfCheckIsWeakEvidence(String text) {
      assertJudged("AUD-02", text, Outcome.PARTIAL, "AUD-02-INTERNAL-RULES-ONLY");
    }
  }

  @Nested
  class ReturnOfData {

    @Test
    void deliveryOfTheDataInAStatedFormatIsAHandOver() {
      String text =
          "Within 20 days after termination, the Provider shall deliver all Customer Data and the"
              + " embeddings to the Customer in Parquet format.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-08").outcome());
    }

    @Test
    void theBuyerKeepingItsOwnBackupsIsABurdenOnTheBuyer() {
      String text = "Customer is solely responsible for keeping backup copies of its data.";
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "IN-USE-08").outcome());
    }

    @Test
    void selfServiceExportByTheBuyerIsAHandOver() {
      String text = "甲は、契約期間中いつでも、入力データをCSV形式でダウンロードすることができる。";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-08").outcome());
    }
  }

  @Nested
  class PartyLabelsAreNotCueWords {

    @Test
    void aVendorCalledDeveloperDoesNotDevelopAnything() {
      ParsedContract c =
          JudgmentFixtures.contract(
              jp.shinsa.domain.contract.DocumentLanguage.EN,
              java.util.List.of(
                  new jp.shinsa.domain.contract.Party(
                      jp.shinsa.domain.contract.PartyRole.VENDOR,
                      java.util.List.of("Developer"),
                      "X"),
                  new jp.shinsa.domain.contract.Party(
                      jp.shinsa.domain.contract.PartyRole.BUYER, java.util.List.of("Board"), "Y")),
              article(
                  "Section 4",
                  "4",
                  "Use of Board Data",
                  "The Developer shall process Board Data only to operate the system for the Board."));
      ItemJudgment j = judge(c, "IN-USE-01");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
    }

    @Test
    void aCueNamingAWholeWordStillCountsBesideTheLabels() {
      String text =
          "Provider may use Customer Data for any purpose, including to develop new services.";
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "IN-USE-01").outcome());
    }
  }

  @Nested
  class NoticeAfterTheFact {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider may appoint new subprocessors and shall notify Customer within 14 days following each appointment.",
          "乙は、業務の一部を第三者に再委託することができ、再委託したときは、遅滞なく甲に報告する。"
        })
    void subcontractingReportedOnlyAfterwardsIsAtTheVendorsDiscretion(String text) {
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "IN-EXT-02").outcome());
    }

    @Test
    void subcontractingWithoutTheBuyersConsentIsAtTheVendorsDiscretion() {
      String text =
          "Provider may subcontract the hosting to any contractor without the Customer's approval.";
      assertJudged("IN-EXT-02", text, Outcome.UNFAVOURABLE, "IN-EXT-02-AT-DISCRETION");
    }

    @Test
    void aCompelledDisclosureReportedAfterwardsWeakensThePromiseElsewhere() {
      ItemJudgment j =
          judge(
              ja(
                  article("第7条", "7", "秘密保持", "乙は、入力データを第三者に開示しない。"),
                  article("第8条", "8", "法令による開示", "乙は、裁判所の命令により入力データを開示したときは、遅滞なくその旨を甲に通知する。")),
              "IN-EXT-05");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
      assertEquals("8", j.evidence().get(0).clausePath());
    }
  }

  @Nested
  class ProtectionsOnlyInPrinciple {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、入力データを原則として国内のデータセンターに保管する。",
          "Provider shall, as a general rule, host Customer Data in data centres located in Japan.",
          "Customer Data is, in principle, stored only in the Tokyo region."
        })
    void aLocationPromisedOnlyAsARuleLeavesItsExceptionsOpen(String text) {
      assertJudged("IN-USE-11", text, Outcome.PARTIAL, "G-ONLY-IN-PRINCIPLE");
    }

    @Test
    void theSamePromiseWithoutTheQualifierIsFirm() {
      String text = "Provider shall host Customer Data only in data centres located in Japan.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-11").outcome());
    }
  }

  @Nested
  class HedgedAnswersToARight {

    private ParsedContract askedAndAnswered(String heading, String right, String answer) {
      boolean japanese = SentenceAnalyser.isJapanese(right);
      ClauseNode clause =
          article(japanese ? "第9条" : "Section 9", "9", heading, right + " " + answer);
      return japanese ? ja(clause) : en(clause);
    }

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "PARTIAL|報告|甲は、乙に対し、入力データの取扱状況の報告を求めることができる。|この場合、乙は、可能な限りこれに応じるものとする。",
          "PARTIAL|Reports|Customer may request a written report on the handling of Customer Data.|Provider will use reasonable efforts to answer such requests.",
          "SATISFIED|報告|甲は、乙に対し、入力データの取扱状況の報告を求めることができる。|この場合、乙は、14日以内に書面でこれに回答する。",
          "SATISFIED|Reports|Customer may request a written report on the handling of Customer Data.|Provider shall answer such requests in writing within 14 days."
        })
    void aRightIsAsFirmAsTheAnswerThatPointsBackToIt(
        Outcome expected, String heading, String right, String answer) {
      ItemJudgment j = judge(askedAndAnswered(heading, right, answer), "AUD-01");
      assertEquals(expected, j.outcome(), j::toString);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "IN-USE-07|G-ONLY-IN-PRINCIPLE|乙は、契約終了後30日以内に、合理的な範囲内で入力データを消去する。",
          "IN-USE-07|G-ONLY-IN-PRINCIPLE|Provider shall, to a reasonable extent, erase Customer Data within 30 days after termination.",
          "AUD-01|G-ONLY-IN-PRINCIPLE|Provider will report to Customer on the handling of Customer Data if practicable.",
          "IN-USE-07|G-BEST-EFFORTS|乙は、契約終了後、入力データの消去を検討する。",
          "IN-USE-07|G-BEST-EFFORTS|乙は、甲から入力データの消去の申出があったときは、善処するものとする。",
          "IN-USE-07|G-BEST-EFFORTS|Provider will try to erase Customer Data after termination."
        })
    void aDutyOwedOnlyToAReasonableExtentOrOnlyToBeConsideredIsWeak(
        String item, String rule, String text) {
      assertJudged(item, text, Outcome.PARTIAL, rule);
    }
  }

  @Nested
  class RegulatorsAreNotTheBuyersAudit {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、乙に適用される法令に基づく場合に限り、監督官庁の検査に応じ、それ以外の検査に協力する義務を負わない。",
          "Provider has no obligation to assist with any investigation by a supervisory authority except where the law applicable to Provider requires it."
        })
    void aLimitOnHelpingRegulatorsSaysNothingAboutTheBuyersAudit(String text) {
      assertEquals(Outcome.MISSING, judge(one(null, text), "AUD-03").outcome());
    }

    @Test
    void theBuyersOwnAuditBesideARegulatorStillCounts() {
      String text =
          "Customer may audit Provider's processing of Customer Data once a year, or more often"
              + " where a regulator requires it.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "AUD-03").outcome());
    }
  }

  @Nested
  class TheBuyersDataUnderItsOwnLabel {

    private ParsedContract licence(String heading, String text) {
      return JudgmentFixtures.contract(
          jp.shinsa.domain.contract.DocumentLanguage.EN,
          java.util.List.of(
              new jp.shinsa.domain.contract.Party(
                  jp.shinsa.domain.contract.PartyRole.VENDOR, java.util.List.of("Licensor"), "X"),
              new jp.shinsa.domain.contract.Party(
                  jp.shinsa.domain.contract.PartyRole.BUYER, java.util.List.of("Licensee"), "Y")),
          article("Section 3", "3", heading, text));
    }

    @Test
    void dataNamedAfterTheBuyerIsTheBuyersDataNotMereUsageMetadata() {
      ItemJudgment j =
          judge(
              licence(
                  "Use",
                  "The Licensor may use Licensee Data and usage data to develop new products and"
                      + " for other business purposes."),
              "IN-USE-01");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
    }

    @Test
    void dataExcludedFromConfidentialityButGovernedByAnotherClauseIsJudgedThere() {
      ItemJudgment j =
          judge(
              licence(
                  "Confidentiality",
                  "Confidential Information does not include Licensee Data, which is protected"
                      + " under Section 5 instead."),
              "IN-USE-09");
      assertTrue(j.outcome() != Outcome.UNFAVOURABLE, j::toString);
    }
  }

  @Nested
  class PointsThatBelongElsewhere {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider shall allow the national auditor and the Customer's inspector general to examine its records and shall cooperate with them.|SATISFIED",
          "Provider shall cooperate with any inspection by a regulatory authority that supervises Customer.|SATISFIED",
          "Provider will use reasonable efforts to answer a public body with supervisory jurisdiction over Customer.|PARTIAL",
          "Provider will answer enquiries from regulatory bodies only as required by the law applicable to Provider.|UNFAVOURABLE"
        })
    void oversightBodiesAreNamedInManyWaysAndAllAreRegulatorAccess(String text, Outcome outcome) {
      assertEquals(outcome, judge(one(null, text), "AUD-10").outcome(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"M1", "M2", "M3"})
    void reportsInLieuOfAnyAuditAreUnfavourableUnderEveryModel(ProcurementModel model) {
      String text =
          "Provider's ISO 27001 certificate and penetration test summary are furnished in lieu of"
              + " any audit or inspection by Customer.";
      assertEquals(
          Outcome.UNFAVOURABLE, judge(one(null, text), "AUD-03", model).outcome(), model::name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider may disclose Customer Data where required by law or by an order of a court.",
          "Provider may apply insights drawn from Customer Data for its other clients, provided that it shall not disclose Customer Data to them."
        })
    void compelledDisclosureAndReuseAreNotSharingWithThirdParties(String text) {
      assertEquals(Outcome.MISSING, judge(one(null, text), "IN-EXT-01").outcome(), text);
    }

    @Test
    void auditRightsSecuredAgainstSubprocessorsAreMoreThanReports() {
      assertJudged(
          "AUD-06",
          "Provider shall obtain for Customer rights to audit each subcontractor equal to those in"
              + " this Section, or provide the subcontractor's own audit report on request.",
          Outcome.SATISFIED,
          "G-DO-VENDOR-DUTY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider shall not engage a subprocessor to which Customer objects within 20 days of notice.|SATISFIED",
          "Customer may object to a new subprocessor, in which case Customer may terminate the affected service.|SATISFIED",
          "Customer may object to a new subprocessor; Provider may nevertheless proceed if it cannot accommodate the objection.|PARTIAL"
        })
    void anObjectionToASubprocessorCountsWhenItHasAConsequence(String text, Outcome outcome) {
      assertEquals(outcome, judge(one(null, text), "IN-EXT-02").outcome(), text);
    }

    @Test
    void aNewSubprocessorThatNeedsTheBuyersConsentIsConsentRequired() {
      assertJudged(
          "IN-EXT-02",
          "Every additional subprocessor requires Customer's prior written approval.",
          Outcome.SATISFIED,
          "IN-EXT-02-NEEDS-BUYER-CONSENT");
    }

    @Test
    void trainingModelsSharedByAllCustomersIsReuseOfProcessingResults() {
      ItemJudgment j =
          judge(
              one(
                  null,
                  "Provider may fine-tune the ranking models shared across its clients with the"
                      + " labels Customer Data yields."),
              "IN-PRC-03");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
    }

    @Test
    void staffReadingSamplesToImproveQualityIsHumanAccessNotTraining() {
      String text =
          "Provider's support staff may read samples of Customer Data to improve answer quality.";
      assertEquals(Outcome.MISSING, judge(one(null, text), "IN-USE-02").outcome());
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "IN-USE-05").outcome());
    }

    @Test
    void improvementFromOutputsAndFeedbackOnlyCutsBackANoTrainingPromise() {
      ParsedContract c =
          en(
              article(
                  "Section 3",
                  "3",
                  "Training",
                  "Provider shall not use Customer Data to train any model."),
              article(
                  "Section 4",
                  "4",
                  "Improvement",
                  "Provider may use Outputs and user feedback to improve the Service."));
      assertJudged(
          "IN-USE-02", " (promise + outputs)", Outcome.PARTIAL, "IN-USE-02-OUTPUTS-ONLY", c);
    }

    @Test
    void theVendorAuthorisingASubprocessorIsNotTheBuyersConsent() {
      assertJudged(
          "IN-EXT-02",
          "Provider will notify Customer ten days before authorising any new subprocessor.",
          Outcome.PARTIAL,
          "IN-EXT-02-LIST-NOTICE");
    }

    @Test
    void aFallbackForWhenNoPeriodIsChosenIsNotIndefiniteRetention() {
      ItemJudgment j =
          judge(
              one(
                  null,
                  "Provider keeps Customer Data for the period Customer picks in the console or,"
                      + " where no period has been picked, for the duration of the subscription."),
              "IN-USE-06");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider may inspect Customer's use of the Service to check seat counts.|MISSING",
          "Provider may use Customer Data to build industry benchmarks.|UNFAVOURABLE"
        })
    void aSurvivalListIsJudgedByWhatTheClausesItKeepsGiveTheVendor(
        String clause3, Outcome outcome) {
      ParsedContract c =
          en(
              article("Section 3", "3", "Rights", clause3),
              article("Section 9", "9", "Term", "Sections 3 and 9 survive termination."));
      assertEquals(outcome, judge(c, "IN-USE-13").outcome(), clause3);
    }

    @Test
    void theBuyerPayingTheVendorsTimeOnSecurityReviewsIsABuyerPaidAudit() {
      assertJudged(
          "AUD-08",
          "Where Customer asks Provider to assist with an additional security assessment beyond"
              + " the yearly audit, Customer shall pay Provider's fees for the time spent.",
          Outcome.UNFAVOURABLE,
          "AUD-08-BUYER-PAYS");
    }

    @Test
    void aBoundedUnilateralUpdateRightWeakensAWrittenAmendmentClause() {
      ParsedContract c =
          en(
              article(
                  "Section 20",
                  "20",
                  "Amendment",
                  "This Agreement may be amended only by a written instrument signed by both parties."),
              article(
                  "Section 21",
                  "21",
                  "Service changes",
                  "Provider may revise the technical specifications of the Service on notice, provided"
                      + " the revision does not materially degrade the security of Customer Data."));
      assertJudged(
          "IN-USE-12", " (written + bounded)", Outcome.PARTIAL, "IN-USE-12-NO-DEGRADATION", c);
    }

    @Test
    void handingOverCertificationsIsEvidenceNotAHandlingReport() {
      ParsedContract c =
          en(
              article(
                  "Section 7",
                  "7",
                  "Information",
                  "Provider will try to answer Customer's questions about the processing of Customer"
                      + " Data within a reasonable time.",
                  paragraph(
                      "(b)",
                      "7.2",
                      "Provider shall deliver its latest SOC 2 audit report to Customer each year on request.")));
      ItemJudgment j = judge(c, "AUD-01");
      assertTrue(j.outcome() != Outcome.SATISFIED, j::toString);
    }

    @Test
    void aRightToSwapTheUpstreamModelOnNoticeIsNeitherVerificationNorDiscretion() {
      String text =
          "Provider may replace the third-party large language model used by the Service on sixty days'"
              + " notice to Customer.";
      assertJudged("IN-EXT-03", text, Outcome.PARTIAL, "IN-EXT-03-CHANGE-ON-NOTICE");
      assertEquals(Outcome.MISSING, judge(one(null, text), "AUD-09").outcome());
    }

    @Test
    void disclosureToAuthoritiesIsNotCooperationWithTheirInspections() {
      String text =
          "Provider may disclose Customer Data to regulators where it is required to do so.";
      assertEquals(Outcome.MISSING, judge(one(null, text), "AUD-10").outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer shall bear sole responsibility for deciding whether sending personal data to the Service complies with the APPI.",
          "甲は、個人データの提供が法令に適合するか否かを自らの責任において判断する。"
        })
    void leavingThePrivacyAnalysisToTheBuyerIsABurdenOnTheBuyer(String text) {
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "PI-04").outcome());
    }
  }

  @Nested
  class UpstreamModelsNamedOnlyByAnAnaphor {

    private final ParsedContract upstream =
        one(
            null,
            "Some functions of the Service rely on foundation models run by outside vendors."
                + " Those vendors handle Customer Data under their own terms.");

    @Test
    void theSentenceAfterTheModelMentionIsStillAboutTheUpstream() {
      assertJudged("IN-EXT-03", "", Outcome.UNFAVOURABLE, "IN-EXT-03-THEIR-OWN-TERMS", upstream);
    }

    @Test
    void anUpstreamModelIsNotASubcontractor() {
      assertEquals(Outcome.MISSING, judge(upstream, "IN-EXT-02").outcome());
    }
  }

  @Nested
  class NoticePeriods {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider may revise these Terms by sending the Customer no less than sixty (60) days' notice in writing.",
          "Provider may change these Terms on 45 days' notice."
        })
    void aChangeRightExercisedOnNoticeIsWeakNotOpen(String text) {
      assertEquals(Outcome.PARTIAL, judge(one(null, text), "IN-USE-12").outcome());
    }
  }

  @Nested
  class ForeignProcessingWithoutACountry {

    @Test
    void anUnnamedForeignLegWeakensADomesticStoragePromise() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Section 6",
                      "6",
                      "Location",
                      "Customer Data is hosted in Japan.",
                      paragraph(
                          "6.2",
                          "6.2",
                          "Customer Data may also be processed overseas by Provider's model partners."))),
              "IN-USE-11");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
      assertEquals("IN-USE-11-UNNAMED-ABROAD", j.rule());
    }

    @Test
    void aNamedForeignLegIsAClosedSet() {
      String text =
          "Customer Data is stored in Japan, and Provider may process it for inference in its"
              + " Singapore data centre.";
      assertTrue(
          judge(one(null, text), "IN-USE-11").outcome() != Outcome.PARTIAL
              || !judge(one(null, text), "IN-USE-11").rule().equals("IN-USE-11-UNNAMED-ABROAD"));
    }
  }

  @Nested
  class PayingForTheVendorsAuditEffort {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer shall pay Provider for its staff time spent assisting with any inspection at Provider's hourly rates.",
          "甲は、監査への対応に要した乙の作業工数について、乙所定の単価により乙に支払う。"
        })
    void theBuyerPayingTheVendorsSupportForAnInspectionIsUnfavourable(String text) {
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "AUD-08").outcome());
    }
  }

  @Nested
  class ProvisosThatBindTheVendorFurther {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、本サービスの利用統計を本サービスの運用のためにのみ作成し、利用することができる。ただし、当該統計には甲の入力データを含めてはならない。",
          "Provider may compile service metrics solely to operate the Service, provided that such metrics shall not contain any Customer Data."
        })
    void aFurtherProhibitionInTheProvisoIsNoCarveOut(String text) {
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-04").outcome());
    }

    @Test
    void aProvisoPuttingTheCostOnTheVendorStrengthensTheCostRule() {
      String text = "監査費用は各自の負担とする。ただし、監査により乙の重大な違反が判明した場合は、甲が支出した監査費用は乙の負担とする。";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "AUD-08").outcome());
    }
  }

  @Nested
  class AuditScopeAndConsent {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Customer may inspect Provider's facilities only with the prior written approval of Provider.",
          "An on-site visit by Customer requires Provider's prior consent.",
          "甲は、乙の書面による承諾を得た場合に限り、乙の事業所に立ち入って監査することができる。"
        })
    void anInspectionThatNeedsTheVendorsConsentIsWeak(String text) {
      assertJudged("AUD-03", text, Outcome.PARTIAL, "AUD-03-VENDOR-CONSENT");
    }

    @Test
    void leavingSubcontractorsOutOfTheAuditIsTheSubcontractorItemsPoint() {
      String text = "Customer's audit rights do not extend to Provider's subprocessors.";
      assertEquals(Outcome.MISSING, judge(one(null, text), "AUD-03").outcome());
    }

    @Test
    void excludingCompetitorsAsAuditorsIsAReasonableLimit() {
      String text =
          "Customer may have the audit carried out by an independent auditor (other than a competitor of Provider) bound by confidentiality.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "AUD-04").outcome());
    }

    @Test
    void whoPaysForAnAuditIsNotAnIncidentAudit() {
      String text =
          "Each party bears its own costs of an audit, unless the audit reveals a material breach by Provider.";
      assertEquals(Outcome.MISSING, judge(one(null, text), "AUD-05").outcome());
    }
  }

  @Nested
  class ArtefactsBuiltForTheBuyer {

    @Test
    void aDictionaryDefinedForTheBuyerIsDerivedDataItOwns() {
      ItemJudgment j =
          judge(
              ja(
                  article("第1条", "1", "定義", "「専用辞書」とは、甲が音声認識のために登録した固有名詞の辞書をいう。"),
                  article("第6条", "6", "権利の帰属", "専用辞書に関する一切の権利は、甲に帰属する。")),
              "IN-PRC-02");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
    }

    @Test
    void handingBackADictionaryIsNotReturningTheInputData() {
      String text = "乙は、本契約の終了時に、専用辞書を甲に引き渡す。";
      assertEquals(Outcome.MISSING, judge(one("専用辞書", text), "IN-USE-08").outcome());
    }
  }

  @Nested
  class RetentionIsTheVendorsOwn {

    @Test
    void theUpstreamsRetentionDoesNotHideTheVendorsOwnOpenEndedRetention() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第4条", "4", "基盤モデル", "乙は、基盤モデルの提供元との間で、提供元における入力データの保存期間を7日以内とする条件で契約している。"),
                  article("第6条", "6", "保存", "乙は、入力データを本契約の期間中保存する。")),
              "IN-USE-06");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
      assertEquals("6", j.evidence().get(0).clausePath());
    }

    @Test
    void aLogOfWhoLookedAtTheDataIsNotTheDataItself() {
      String text = "この場合、乙は、閲覧を行った者及びその日時を記録し、2年間保存する。";
      assertEquals(Outcome.MISSING, judge(one(null, text), "IN-USE-06").outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Provider shall keep prompts for no longer than 10 days unless the Customer pins them to a project.",
          "乙は、入力データを受領後10日以内に消去する。ただし、甲が保存を指定した場合はこの限りでない。"
        })
    void anExceptionTheBuyerBringsAboutTakesNothingBack(String text) {
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-06").outcome());
    }
  }

  @Nested
  class ReturnAtTheVendorsPrices {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Upon request, Provider will export Customer Data at its standard time and materials rates.",
          "乙は、甲の求めに応じ入力データを返還する。返還作業の費用は、乙所定の料金表により甲が負担する。"
        })
    void exportChargedAtTheVendorsRatesIsWeak(String text) {
      assertJudged("IN-USE-08", text, Outcome.PARTIAL, "IN-USE-08-AT-VENDOR-RATES");
    }

    @Test
    void aRetrievalIndexIsNotARetrieval() {
      String text = "Provider keeps the retrieval index after termination for support purposes.";
      assertEquals(Outcome.MISSING, judge(one(null, text), "IN-USE-08").outcome());
    }
  }

  @Nested
  class StaffAndTransfers {

    @Test
    void staffNarrowedToAMinimumIsOnlyASafeguard() {
      String text = "乙は、入力データを取り扱う者を、本業務の担当者のうち必要最小限の者に限定する。";
      assertJudged("IN-USE-05", text, Outcome.PARTIAL, "IN-USE-05-STAFF-LIMITED");
    }

    @Test
    void consentingToDataBeingSentToServersAbroadIsABlanketConsent() {
      String text = "甲は、入力データが処理のためシンガポールに所在するサーバに送信されることに同意する。";
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "IN-EXT-04").outcome());
    }
  }

  @Nested
  class EvidenceAndIncidents {

    @Test
    void aCertificateOfDestructionAloneIsWeakEvidence() {
      String text =
          "After erasing the Customer Data, Provider shall deliver a certificate of destruction to Customer.";
      assertJudged("AUD-09", text, Outcome.PARTIAL, "AUD-09-DELETION-CERT-ONLY");
    }

    @Test
    void theUpstreamsPublishedDocumentationIsWeakEvidenceNotATrainingRule() {
      String text =
          "Upon request, Provider shall give Customer the model vendor's published documentation"
              + " about retention and model training.";
      assertJudged("AUD-09", text, Outcome.PARTIAL, "AUD-09-PUBLIC-MATERIAL");
      assertEquals(Outcome.MISSING, judge(one(null, text), "IN-USE-02").outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "After any breach affecting Customer Data, Provider shall send Customer a written report on the breach within ten days.",
          "乙は、漏えい等の事故が発生したときは、速やかに甲に事故報告を提出する。"
        })
    void onlyAnIncidentReportIsNoForCauseAudit(String text) {
      // In the audit clause, which is where the report stands in for a for-cause audit.
      ItemJudgment j = judge(one("Audit and reports / 監査及び報告", text), "AUD-05");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
      assertEquals("AUD-05-INCIDENT-REPORT-ONLY", j.rule());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "If Provider is compelled by a court to disclose Customer Data, it shall notify Customer before any disclosure, where lawful.",
          "乙は、裁判所から入力データの開示を命じられたときは、事前に甲に通知したうえで、必要な範囲に限り開示することができる。"
        })
    void noticeBeforeACompelledDisclosureProtectsTheBuyer(String text) {
      assertJudged("IN-EXT-05", text, Outcome.SATISFIED, "IN-EXT-05-PRIOR-NOTICE");
    }
  }

  @Nested
  class KeptAfterTheEnd {

    @Test
    void theVendorKeepingACopyAfterTerminationIsAUseThatOutlivesTheContract() {
      String text =
          "Provider keeps a copy of the fine-tuning dataset after the termination of this"
              + " Agreement for warranty purposes.";
      assertJudged("IN-USE-13", text, Outcome.UNFAVOURABLE, "IN-USE-13-KEPT-AFTER-END");
    }

    @Test
    void protectionsThatLastWhileTheVendorHoldsDataAreNotRetention() {
      String text = "第9条の規定は、本契約の終了後も、乙が入力データを保持する限り効力を有する。";
      assertTrue(judge(one(null, text), "IN-USE-13").outcome() != Outcome.UNFAVOURABLE);
    }
  }

  @Nested
  class ConfidentialityOnlyForMarkedInformation {

    @Test
    void aDefinitionLimitedToMarkedInformationWeakensTheNonDisclosureDuty() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Section 9",
                      "9",
                      "Confidentiality",
                      "\"Confidential Information\" means information that the discloser labels"
                          + " \"Confidential\" and is marked \"Confidential\" when handed over.",
                      paragraph(
                          "9.2",
                          "9.2",
                          "Provider shall not disclose Customer's Confidential Information to any"
                              + " third party."))),
              "IN-USE-09");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
      assertEquals("IN-USE-09-MARKING-REQUIRED", j.rule());
    }

    @Test
    void anExceptionAsTheBuyerDirectsTakesNothingBack() {
      String text =
          "Provider shall store Customer Data for no more than 20 days, except as Customer directs in writing.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-06").outcome());
    }
  }

  @Nested
  class SecurityMeasuresAndDisclaimers {

    @Test
    void limitingAccessIsOneOfTheConcreteMeasuresNotALimitOnTheDuty() {
      String text = "乙は、入力データを保存時に暗号化し、多要素認証を導入するとともに、入力データにアクセスできる者を担当者に限定する。";
      assertJudged("IN-USE-10", text, Outcome.SATISFIED, "IN-USE-10-CONCRETE-MEASURES");
    }

    @Test
    void disclaimingProtectionAgainstUnauthorisedAccessIsADisclaimerOfSecurity() {
      String text =
          "Provider makes no warranty that the Service will be free of unauthorized access to"
              + " Customer Data.";
      assertEquals(Outcome.UNFAVOURABLE, judge(one(null, text), "IN-USE-10").outcome());
    }
  }

  @Nested
  class TheSaidCompany {

    @Test
    void douShaPointsBackToTheUpstreamNamedJustBefore() {
      String text =
          "本サービスは、Orbis Labs, Inc.が提供する大規模言語モデルを利用する。乙は、同社との間で、入力データを同社のモデルの学習に利用させない旨の契約を締結している。";
      assertJudged("IN-EXT-03", text, Outcome.SATISFIED, "IN-EXT-03-FLOWDOWN-NO-TRAINING");
    }
  }

  @Nested
  class ConditionsInTheNextSentence {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "乙は、乙の親会社に本契約上の地位を譲渡することができる。この場合、乙は、譲渡の60日前までに甲に通知し、譲受人に本契約上の義務を引き受けさせる。",
          "Provider may transfer this Agreement to a company in its group. In that case it shall notify Customer 45 days in advance and the transferee shall assume all of Provider's obligations."
        })
    void aRightWhoseConditionsFollowIsJudgedWithThem(String text) {
      // The clause heading puts the conditions sentence on the topic, as in a real contract.
      ItemJudgment j = judge(one("Assignment / 地位の譲渡", text), "IN-EXT-06");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
      assertEquals("IN-EXT-06-ON-NOTICE-WITH-ASSUMPTION", j.rule());
    }

    @Test
    void theBareRightWithoutConditionsStaysOpen() {
      String text = "乙は、乙の親会社に本契約上の地位を譲渡することができる。";
      assertEquals(
          Outcome.UNFAVOURABLE, judge(one("Assignment / 地位の譲渡", text), "IN-EXT-06").outcome());
    }
  }

  @Nested
  class ExceptionsQualifyTheirOwnPoint {

    @Test
    void aProvisoAboutDeletingBackupsDoesNotWeakenTheReturnOfTheData() {
      String text =
          "On expiry the Provider shall return all Customer Data to the Customer in CSV format"
              + " and then erase it, save that backup copies are deleted in the normal"
              + " backup rotation.";
      assertEquals(Outcome.SATISFIED, judge(one(null, text), "IN-USE-08").outcome());
      assertEquals(
          Outcome.PARTIAL,
          judge(one(null, text), "IN-USE-07").outcome(),
          "the same proviso does weaken the deletion it speaks of");
    }

    @Test
    void anExceptionThatPointsBackCutsTheStatementWhateverItNames() {
      String text = "乙は、入力データを学習に利用しない。ただし、甲が評価として送信したデータについては、この限りではありません。";
      assertJudged("IN-USE-02", text, Outcome.PARTIAL, "G-EXCEPTION-TAKES-BACK");
    }
  }

  @Nested
  class ExceptionPhrases {

    @Test
    void everyExceptionPhraseIsJudgedOnItsOwn() {
      String own =
          "Provider shall not use Customer Data to train any model other than the Customer"
              + " Model.";
      assertEquals(Outcome.SATISFIED, judge(one(null, own), "IN-USE-02").outcome());
      String carveOut =
          "Provider shall not use Customer Data to train any model other than the Customer"
              + " Model, except that Provider may use Outputs to improve its platform.";
      assertJudged("IN-USE-02", carveOut, Outcome.PARTIAL, "G-EXCEPTION-TAKES-BACK");
    }

    @Test
    void aReferenceToAProvisoIsNotItselfAProviso() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第9条",
                      "9",
                      "保存場所",
                      "入力データは、日本国内のサーバにおいて保存する。",
                      paragraph("２", "9.2", "甲は、前項ただし書の場合において入力データが日本国外に移転されることに同意する。"))),
              "IN-EXT-04");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
      assertEquals("9.2", j.evidence().get(0).clausePath());
    }

    @Test
    void aForCauseExceptionIsReadByTheRuleThatLooksForIt() {
      String text =
          "Provider may instead provide its latest audit report, which Customer shall accept as"
              + " satisfying its audit right, unless a personal data breach has occurred.";
      assertJudged("AUD-05", text, Outcome.SATISFIED, "AUD-05-CAUSE-PRESERVED");
    }
  }

  @Nested
  class NamesReferencesAndQualifiers {

    @Test
    void aNameGivenToTheUpstreamModelCarriesItsTopic() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Section 2",
                      "2",
                      "The Service",
                      "The Service uses a large language model licensed from Vireo AI, Inc."
                          + " (\"Vireo\")."),
                  article(
                      "Section 7",
                      "7",
                      "Processing",
                      "Provider shall ensure that Vireo does not retain Customer Data or use it for"
                          + " training.")),
              "IN-EXT-03");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
      assertEquals("7", j.evidence().get(0).clausePath());
    }

    @Test
    void aSurvivalLimitNamedByClauseNumberQualifiesTheConfidentialityDuty() {
      ItemJudgment j =
          judge(
              en(
                  article(
                      "Article 6",
                      "6",
                      "Confidentiality",
                      "Provider shall keep Customer Data confidential and shall not disclose it."),
                  article(
                      "Article 9",
                      "9",
                      "Term",
                      "This Article 6 continues to apply for three years after this Agreement"
                          + " ends.")),
              "IN-USE-09");
      assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
      assertEquals("9", j.evidence().get(0).clausePath());
    }

    @Test
    void aListStyleJapaneseDefinitionCoversDerivedData() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第2条",
                      "2",
                      "定義",
                      "本契約において、次の用語の意義は、当該各号に定めるところによる。",
                      JudgmentFixtures.item("一", "2.1.1", "派生データ　乙が入力データを処理して作成した要約及び索引"),
                      JudgmentFixtures.item("二", "2.1.2", "甲データ　入力データ及び派生データの総称")),
                  article("第6条", "6", "消去", "乙は、本契約の終了後30日以内に、甲データを復元できない方法により消去する。")),
              "IN-PRC-04");
      assertEquals(Outcome.SATISFIED, j.outcome(), j::toString);
      assertEquals("6", j.evidence().get(0).clausePath());
    }

    @Test
    void aRunInCaptionHeadsItsParagraphAndBindsNobody() {
      ParsedContract c =
          en(
              article(
                  "Schedule 1",
                  "A1",
                  "DATA PROCESSING",
                  "",
                  paragraph(
                      "4.",
                      "A1.4",
                      "Operational metrics. Provider may record metrics about the operation of the"
                          + " Service that contain no Customer Data, solely to operate the"
                          + " Service.")));
      var sentences = JUDGE.analyse(c);
      assertTrue(sentences.stream().noneMatch(s -> s.quote().equals("Operational metrics.")));
      assertTrue(
          sentences.stream().anyMatch(s -> s.heading().endsWith("Operational metrics")),
          sentences::toString);
      assertEquals(Outcome.SATISFIED, judge(c, "IN-USE-04").outcome());
    }
  }

  @Nested
  class Lists {

    @Test
    void aPurposeListIsJudgedWithItsItems() {
      ItemJudgment j =
          judge(
              ja(
                  article(
                      "第5条",
                      "5",
                      "入力データの利用",
                      "乙は、入力データを次の各号に掲げる目的のために利用する。",
                      JudgmentFixtures.item("一", "5.1.1", "本サービスの提供"),
                      JudgmentFixtures.item("二", "5.1.2", "新たなサービスの開発"))),
              "IN-USE-01");
      assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
      assertEquals("IN-USE-01-TRAP-IMPROVE-DEVELOP", j.rule());
    }

    @Test
    void onlyAListHeadThatNamesDataTakesInItsItems() {
      ParsedContract c =
          en(
              article(
                  "Article 3",
                  "3",
                  "Phases",
                  "The Project is carried out in the following phases:",
                  JudgmentFixtures.item("(a)", "3.1.1", "a prototype model is improved;")),
              article(
                  "Article 4",
                  "4",
                  "Use of Data",
                  "Provider will use Customer Data only for the following purposes:",
                  JudgmentFixtures.item("(a)", "4.1.1", "improving the Service.")));
      var heads =
          JUDGE.analyse(c).stream()
              .filter(
                  s ->
                      s.quote().endsWith("following phases:")
                          || s.quote().endsWith("following purposes:"))
              .toList();
      assertEquals(2, heads.size());
      assertTrue(!heads.get(0).matchText().contains("improved"), heads.get(0)::toString);
      assertTrue(
          heads.get(1).matchText().contains("improving the Service"), heads.get(1)::toString);
    }
  }
}
