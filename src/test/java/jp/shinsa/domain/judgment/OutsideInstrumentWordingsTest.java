package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.assertJudged;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Japanese wordings of memoranda, individual contracts and translated terms: deferrals to the base
 * contract or a work plan that the document does not reproduce (PARTIAL under the labelling
 * guideline), and the vendor-favourable points such documents phrase their own way (topic cues and
 * reference patterns in {@code contracts-templates}).
 */
class OutsideInstrumentWordingsTest {

  private static Outcome outcome(String item, String heading, String text) {
    return judge(one(heading, text), item).outcome();
  }

  @Test
  void securityMeasuresLeftToTheBaseContractArePartial() {
    assertEquals(
        Outcome.PARTIAL,
        outcome("IN-USE-10", "安全管理", "乙は、提供データを、基本契約第9条に定める安全管理措置に従って管理しなければならない。"));
  }

  @Test
  void measuresAddedToThoseOfTheBaseContractStayTheDocumentsOwn() {
    assertEquals(
        Outcome.SATISFIED,
        outcome(
            "IN-USE-10",
            "安全管理",
            "乙は、提供データについて、基本契約第9条に定める措置に加え、保存時の暗号化及び多要素認証による" + "アクセス制御を実施しなければならない。"));
  }

  @Test
  void aRetentionPeriodLeftToTheWorkPlanIsPartial() {
    assertEquals(
        Outcome.PARTIAL, outcome("IN-USE-06", "保存期間", "入力データの保存期間は、乙が作成し甲が承認する実施計画書に定める期間とする。"));
  }

  @Test
  void personalDataLeftToTheSpecialTermsOfTheOriginalContractIsPartial() {
    assertEquals(
        Outcome.PARTIAL,
        outcome("PI-04", "個人情報", "提供データに含まれる個人データの取扱いについては、原契約に添付された個人情報取扱特記事項を適用する。"));
  }

  @Test
  void publishedExplanationsThatAreNoObligationAreUnfavourable() {
    assertJudged(
        "AUD-09",
        "公表情報",
        "当社のブログ及びヘルプページにおける説明は、情報提供のみを目的とし、本約款に基づく当社の義務を構成しません。",
        Outcome.UNFAVOURABLE,
        "AUD-09-STATEMENTS-NOT-CONTRACTUAL");
  }

  @Test
  void storageInWhicheverRegionIsOpenEnded() {
    assertJudged(
        "IN-USE-11",
        "データの保管",
        "利用者のデータは、当社が選定するいずれの地域においても保管されることがあります。",
        Outcome.UNFAVOURABLE,
        "IN-USE-11-ANY-COUNTRY");
  }

  @Test
  void theDataProtectionAssessmentLeftToTheCustomerIsUnfavourable() {
    assertEquals(
        Outcome.UNFAVOURABLE,
        outcome("PI-04", "個人情報", "利用者は、個人情報保護法に基づく判断を自らの責任で行うものとし、当社は当該判断に関する協力義務を負いません。"));
  }

  @Test
  void anIncidentReportDescribingTheEventIsTheOnlyForCauseStep() {
    assertJudged(
        "AUD-05",
        "事故対応",
        "乙は、個人データの漏えいが生じたときは、甲に対し、その経緯及び講じた対応を記載した報告書を提出する。",
        Outcome.PARTIAL,
        "AUD-05-INCIDENT-REPORT-ONLY");
  }

  @Test
  void aYearlyCertificationReportIsNoIncidentReport() {
    assertEquals(Outcome.MISSING, outcome("AUD-05", "監査", "乙は、甲の求めに応じ、第三者認証の審査報告書の写しを年1回提供する。"));
  }

  @Test
  void changesAgreedInWritingAfterConsultationNeedBothParties() {
    assertJudged(
        "IN-USE-12",
        "変更",
        "本契約の変更は、甲乙双方の協議の上、書面をもって行う。",
        Outcome.SATISFIED,
        "IN-USE-12-CHANGE-NEEDS-AGREEMENT");
  }

  @Test
  void disclosureOnAnyRequestTheVendorThinksProperIsUnfavourable() {
    assertJudged(
        "IN-EXT-05",
        "秘密保持",
        "乙は、裁判所の命令その他乙が適当と判断する求めに応じて入力データを開示する場合は、甲の承諾を要しない。",
        Outcome.UNFAVOURABLE,
        "IN-EXT-05-VENDOR-JUDGED-REQUEST");
  }

  @Test
  void aYearlyCapOnOnSiteChecksThatCoversIncidentsIsUnfavourable() {
    assertJudged(
        "AUD-05",
        "管理状況の確認",
        "甲は、乙の事前の承諾を得て、乙の施設において実地の確認を行うことができる。この確認は、データの漏えいが" + "生じた場合を含め、年2回を限度とする。",
        Outcome.UNFAVOURABLE,
        "AUD-05-CAP-INCLUDES-CAUSE");
  }

  @Test
  void dataMadeImpossibleToIdentifyOrRestoreForOtherBusinessIsUnfavourable() {
    assertJudged(
        "IN-USE-04",
        "データの利用",
        "乙は、受領データを、甲を識別し若しくは復元できない形式に加工した上で、乙の新製品の開発のために利用することができる。",
        Outcome.UNFAVOURABLE,
        "IN-USE-04-ANY-PURPOSE");
  }

  @Test
  void inquiriesAnsweredWithinTheVendorsReasonableScopeArePartial() {
    assertJudged(
        "AUD-01",
        "情報の提供",
        "甲は、乙に対し、提供データの管理状況に関して質問することができる。乙は、合理的な範囲で回答するものとする。",
        Outcome.PARTIAL,
        "AUD-01-REASONABLE-SCOPE");
  }

  @Test
  void keepingDataLongerForAbuseInvestigationsIsRetentionNotHumanAccess() {
    assertEquals(
        Outcome.MISSING,
        outcome("IN-USE-05", "保存", "当社は、不正利用の調査のため必要と判断したときは、利用者の入力データを所定の期間を超えて保管することがあります。"));
  }

  @Test
  void reviewWhenAViolationIsSuspectedIsAnAbuseReview() {
    assertJudged(
        "IN-USE-05",
        "人による確認",
        "当社は、利用規約の違反が疑われるときは、利用者の入力データを当社の担当者に閲覧させることがあります。",
        Outcome.PARTIAL,
        "IN-USE-05-ABUSE-REVIEW");
  }

  @Test
  void theUnabbreviatedAppiSystemWordingIsATransferBasis() {
    assertJudged(
        "IN-EXT-04",
        "外国にある事業者",
        "乙は、外国のクラウド事業者が個人情報保護法施行規則に定める基準に適合する体制を整備していることを確認した上で、" + "入力データを当該事業者に提供する。",
        Outcome.SATISFIED,
        "IN-EXT-04-APPI-SYSTEM");
  }
}
