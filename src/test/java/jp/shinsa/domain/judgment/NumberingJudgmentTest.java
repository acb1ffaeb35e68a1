package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.JUDGE;
import static jp.shinsa.domain.judgment.JudgmentFixtures.catalogue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.pdf.ContractPdfParser;
import org.junit.jupiter.api.Test;

/**
 * End to end through the PDF path the samples take (ContractPdfWriter → ContractPdfParser →
 * ContractJudge): a protection in a clause numbered in a less common style is found, and the
 * finding cites the clause with the reference a reader would print.
 */
class NumberingJudgmentTest {

  private static final ContractPdfParser PARSER = new ContractPdfParser();

  private static final String EN_PREAMBLE =
      "This Agreement is made between Vendor Inc. (\"Provider\") and the Agency (\"Customer\").";
  private static final String JA_PREAMBLE = "〇〇省（以下「甲」という。）と株式会社△△（以下「乙」という。）は、次のとおり契約を締結する。";

  private static ItemJudgment judge(String itemId, String... lines) {
    ParsedContract contract = PARSER.parse(new ContractPdfWriter().write(String.join("\n", lines)));
    return JUDGE.judge(contract, ProcurementModel.M2, catalogue(itemId)).get(0);
  }

  /** A Japanese contract whose 第2条 is a lead-in and its items, between two plain articles. */
  private static String[] jaListInArticle2(String caption, String lead, String... items) {
    List<String> lines = new ArrayList<>(List.of(JA_PREAMBLE, "第1条（業務）", "乙は、甲のために本業務を行う。"));
    lines.add(caption);
    lines.add(lead);
    lines.addAll(List.of(items));
    lines.add("第3条（期間）");
    lines.add("本契約の期間は１年とする。");
    return lines.toArray(String[]::new);
  }

  private static void assertCites(
      ItemJudgment j, Outcome outcome, String clauseRef, String clausePath) {
    String why = j.outcome() + " " + j.rule() + " " + j.evidence();
    assertEquals(outcome, j.outcome(), why);
    assertEquals(clauseRef, j.evidence().get(0).clauseRef(), why);
    assertEquals(clausePath, j.evidence().get(0).clausePath(), why);
  }

  /**
   * A purpose list is judged with its items' words, but the item that carries the deciding word is
   * the clause a reader cites, not the list's lead-in.
   */
  @Test
  void theListItemThatDecidesIsCitedNotTheLeadIn() {
    ItemJudgment en =
        judge(
            "IN-USE-01",
            EN_PREAMBLE,
            "Clause 1 Services",
            "1.1 The Provider provides the Service.",
            "Clause 2 Use of Customer Data",
            "2.1 The Provider may process Customer Data solely for these purposes:",
            "(a) hosting and operating the Service;",
            "(b) answering the Customer's support requests; and",
            "(c) improving and enhancing its products.",
            "Clause 3 Term",
            "3.1 This Agreement lasts one year.");
    assertEquals("2.1.3", en.evidence().get(0).clausePath(), en::toString);
    assertEquals("Clause 2.1(c)", en.evidence().get(0).clauseRef(), en::toString);

    ItemJudgment ja =
        judge(
            "IN-USE-01",
            jaListInArticle2(
                "第2条（入力データの利用）",
                "乙は、入力データを次に掲げる目的の範囲で利用する。",
                "一　本業務の遂行",
                "二　問合せへの回答",
                "三　乙が他の顧客に提供する製品の開発"));
    assertEquals("2.1.3", ja.evidence().get(0).clausePath(), ja::toString);
  }

  /**
   * The exception that takes a non-disclosure back is the listed one naming the vendor's allies.
   */
  @Test
  void theListedExceptionThatTakesTheProtectionBackIsCited() {
    ItemJudgment en =
        judge(
            "IN-EXT-01",
            EN_PREAMBLE,
            "Article 1 Services",
            "The Provider provides the Service.",
            "Article 2 Confidentiality of Customer Data",
            "The Provider shall not disclose Customer Data to anyone except:",
            "(a) where the Customer has consented in writing;",
            "(b) to its Affiliates for their own business purposes; and",
            "(c) as a court orders.",
            "Article 3 Term",
            "This Agreement lasts one year.");
    assertEquals(Outcome.PARTIAL, en.outcome(), en::toString);
    assertEquals("2.1.2", en.evidence().get(0).clausePath(), en::toString);

    ItemJudgment ja =
        judge(
            "IN-EXT-01",
            jaListInArticle2(
                "第2条（秘密保持）",
                "乙は、入力データを第三者に開示してはならない。ただし、次の各号の場合はこの限りでない。",
                "一　甲が書面により承諾した場合",
                "二　乙のグループ会社が乙の事業のために利用する場合"));
    assertEquals(Outcome.PARTIAL, ja.outcome(), ja::toString);
    assertEquals("2.1.2", ja.evidence().get(0).clausePath(), ja::toString);
  }

  /** A lead-in that names no topic of the item ("… except:") gives way to the item that does. */
  @Test
  void theListedItemOnTheTopicIsCitedWhenTheLeadInIsNot() {
    ItemJudgment en =
        judge(
            "IN-EXT-05",
            EN_PREAMBLE,
            "Article 1 Services",
            "The Provider provides the Service.",
            "Article 2 Confidentiality of Customer Data",
            "The Provider shall not disclose Customer Data to anyone except:",
            "(a) where the Customer has consented in writing; or",
            "(b) as required by applicable law or regulation.",
            "Article 3 Term",
            "This Agreement lasts one year.");
    assertEquals("2.1.2", en.evidence().get(0).clausePath(), en::toString);

    ItemJudgment ja =
        judge(
            "IN-EXT-05",
            jaListInArticle2(
                "第2条（秘密保持）",
                "乙は、入力データを第三者に開示してはならない。ただし、次の各号の場合はこの限りでない。",
                "一　甲が書面により承諾した場合",
                "二　法令に基づき開示を求められた場合"));
    assertEquals("2.1.2", ja.evidence().get(0).clausePath(), ja::toString);
  }

  @Test
  void aNoTrainingPromiseUnderAnAllCapsHeadingWithoutNumbers() {
    ItemJudgment j =
        judge(
            "IN-USE-02",
            "TERMS OF SERVICE",
            EN_PREAMBLE,
            "THE SERVICE",
            "The Provider provides the Service described in the order.",
            "CUSTOMER DATA",
            "The Provider shall not use Customer Data to train any AI model.",
            "TERM",
            "These terms last one year.");
    assertCites(j, Outcome.SATISFIED, "CUSTOMER DATA", "2");
  }

  @Test
  void aNoTrainingPromiseInASectionSignSubsection() {
    ItemJudgment j =
        judge(
            "IN-USE-02",
            EN_PREAMBLE,
            "§ 1 Scope",
            "The Provider provides the Service.",
            "§ 2 Customer Data",
            "§ 2.1 The Provider stores Customer Data in Japan.",
            "§ 2.2 The Provider shall not use Customer Data to train any AI model.",
            "§ 3 Term",
            "This Agreement lasts one year.");
    assertCites(j, Outcome.SATISFIED, "§ 2.2", "2.2");
  }

  @Test
  void aNoTrainingPromiseInAHeadinglessNumberedClause() {
    ItemJudgment j =
        judge(
            "IN-USE-02",
            EN_PREAMBLE,
            "SERVICES",
            "1. The Provider shall provide the Service described in the order.",
            "CUSTOMER DATA",
            "2. The Provider shall not use Customer Data to train any AI model.",
            "TERM",
            "3. This Agreement lasts one year.");
    assertCites(j, Outcome.SATISFIED, "2", "2");
  }

  @Test
  void aProtectionInACircledSecondParagraph() {
    ItemJudgment j =
        judge(
            "IN-USE-02",
            JA_PREAMBLE,
            "第１条（目的）",
            "本契約は、AIサービスの利用条件を定める。",
            "第２条（入力データの取扱い）",
            "乙は、入力データを日本国内で保管する。",
            "②　乙は、入力データをAIモデルの学習に利用してはならない。",
            "第３条（有効期間）",
            "本契約の有効期間は、１年とする。");
    assertCites(j, Outcome.SATISFIED, "第2条第2項", "2.2");
  }

  @Test
  void aSurvivalListInKanjiNumeralsReachesTheUseClauseItNames() {
    ItemJudgment j =
        judge(
            "IN-USE-13",
            JA_PREAMBLE,
            "第一条（目的）",
            "本契約は、AIサービスの利用条件を定める。",
            "第二条（データの利用）",
            "乙は、対象データを本サービスの改良のために利用することができる。",
            "第三条（存続条項）",
            "第二条の規定は、本契約の終了後も有効に存続する。");
    assertEquals("IN-USE-13-TRAP-SURVIVAL-LIST", j.rule(), j.evidence().toString());
    assertEquals("第三条", j.evidence().get(0).clauseRef());
  }

  @Test
  void aSurvivalClauseNamingThePrecedingArticle() {
    ItemJudgment j =
        judge(
            "IN-USE-13",
            JA_PREAMBLE,
            "第1条（目的）",
            "本契約は、AIサービスの利用条件を定める。",
            "第2条（データの利用）",
            "乙は、対象データを本サービスの改良のために利用することができる。",
            "第3条（存続）",
            "前条の規定は、本契約の終了後も有効に存続する。");
    assertEquals("IN-USE-13-TRAP-SURVIVAL-LIST", j.rule(), j.evidence().toString());
    assertEquals("3", j.evidence().get(0).clausePath());
  }

  @Test
  void aSpecificationNumberedOneDotWhereTheCityCallsItselfHonshi() {
    ItemJudgment j =
        judge(
            "AUD-03",
            "本仕様書は、生成AIを活用した文書作成支援業務の仕様を定めるものである。",
            "１．業務の概要",
            "受注者は、本市の文書作成を支援する生成AIサービスを提供する。",
            "２．監査",
            "本市は、受注者の事業所に立ち入り、入力データの取扱状況を監査することができる。");
    assertCites(j, Outcome.SATISFIED, "2", "2");
  }
}
