package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.JUDGE;
import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.catalogue;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ClauseNode;
import jp.shinsa.domain.contract.ParsedContract;
import jp.shinsa.domain.contract.PartyRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The input-data items (IN-USE, IN-EXT, IN-PRC): wordings that look like a vendor right or a
 * protection on the point but are not, and rights hidden in clauses that look harmless (detection
 * data in {@code contracts-templates/detection/priority-items.json} and {@code lexicon}). Each row
 * is one mechanism in Japanese and in English; the deciding rule is checked where the row names one
 * ("-": the outcome alone, whichever rule gives it).
 */
class InputDataWordingsTest {

  private static void assertJudged(
      String item, Outcome outcome, String rule, ParsedContract contract) {
    assertJudged(item, outcome, rule, judge(contract, item));
  }

  private static void assertJudged(String item, Outcome outcome, String rule, ItemJudgment j) {
    assertEquals(outcome, j.outcome(), () -> item + " -> " + j);
    if (!rule.equals("-")) {
      assertEquals(rule, j.rule(), () -> item + " -> " + j);
    }
  }

  /** 第5条 / Section 5 of two paragraphs, numbered as printed in the language of the text. */
  private static ClauseNode sectionFive(String first, String second) {
    boolean japanese = SentenceAnalyser.isJapanese(first);
    return article(
        japanese ? "第5条" : "Section 5",
        "5",
        null,
        "",
        paragraph(japanese ? "1" : "5.1", "5.1", first),
        paragraph(japanese ? "2" : "5.2", "5.2", second));
  }

  /** A contract of that one article. */
  private static ParsedContract twoParagraphs(String first, String second) {
    ClauseNode five = sectionFive(first, second);
    return SentenceAnalyser.isJapanese(first) ? ja(five) : en(five);
  }

  @ParameterizedTest(name = "{0} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Training only after the buyer chooses to take part is an opt-in, not the improve trap.
          IN-USE-02|SATISFIED|IN-USE-02-OPT-IN|乙は、甲が設定画面で改善プログラムへの参加を有効にした場合に限り、入力データを乙の音声モデルの学習に利用することができる。
          IN-USE-02|SATISFIED|IN-USE-02-OPT-IN|The Provider may use Customer Data to improve its speech models only if the Customer opts in through the administration console.
          # A project phase describes the commissioned work, not a vendor right to train for itself.
          IN-USE-02|MISSING|IN-USE-02-PROJECT-PHASE|第二段階　甲の提供データを用いた識別モデルの学習及び精度の検証
          IN-USE-02|MISSING|IN-USE-02-PROJECT-PHASE|Phase 2 (Build): training of the classification model on the Customer Data supplied for the project.
          # Metrics that hold none of the buyer's data are IN-USE-04's point, not training on it.
          IN-USE-02|MISSING|IN-USE-02-WITHOUT-BUYER-DATA|乙は、入力データを含まない稼働ログ（応答時間、エラー件数等）を、本サービスの改善のために利用することができる。
          IN-USE-02|MISSING|IN-USE-02-WITHOUT-BUYER-DATA|The Provider may use service metrics that contain no Customer Data to improve the Service.
          # An upstream term that prohibits training is a negation, not an improvement right (PARTIAL at most).
          IN-USE-02|PARTIAL|-|The Provider warrants that its agreement with the model supplier prohibits the use of Customer Data for training or improving any model.
          # An exception letting the vendor's successor take the contract (and the data) without consent.
          IN-EXT-06|UNFAVOURABLE|IN-EXT-06-EXCEPTION-SUCCESSOR|乙は、甲の書面による承諾なく、本契約上の地位を第三者に承継させてはならない。ただし、乙の合併又は会社分割による場合は、この限りでない。
          IN-EXT-06|UNFAVOURABLE|IN-EXT-06-EXCEPTION-SUCCESSOR|The Provider shall not assign this Contract without the Customer's prior written consent, save that the Provider may transfer it, with the Customer Data it holds, to a successor following a merger or reorganisation without such consent.
          # ... but not one that only the buyer may use: the vendor's prohibition stands.
          IN-EXT-06|SATISFIED|G-RF-VENDOR-PROHIBITED|Neither party may assign this Contract without the other party's consent, except that the Customer may assign it to a successor agency on a reorganisation without consent.
          # Improving the same service is a weak purpose (PARTIAL); developing new products stays the trap.
          IN-USE-01|PARTIAL|IN-USE-01-IMPROVE-RIGHT|乙は、入力データを本サービスの運営及び改善のために利用することができる。
          IN-USE-01|PARTIAL|IN-USE-01-IMPROVE-RIGHT|The Provider may use Customer Data for the purposes of operating and improving the Service.
          IN-USE-01|UNFAVOURABLE|IN-USE-01-TRAP-IMPROVE-DEVELOP|乙は、入力データを本サービスの改善及び新たなサービスの開発のために利用することができる。
          IN-USE-01|UNFAVOURABLE|IN-USE-01-TRAP-IMPROVE-DEVELOP|The Provider may use Customer Data to provide the Service and to develop new products.
          # Purposes left to the vendor's privacy policy, an outside document it can change.
          IN-USE-01|PARTIAL|IN-USE-01-PURPOSE-IN-POLICY|乙は、入力データを、乙の個人情報保護方針に定める目的の範囲内でのみ利用する。
          IN-USE-01|PARTIAL|IN-USE-01-PURPOSE-IN-POLICY|The Provider shall use Customer Data only for the purposes set out in its privacy notice.
          # Staff access whenever the vendor thinks fit.
          IN-USE-05|UNFAVOURABLE|IN-USE-05-AT-VENDOR-DISCRETION|乙の担当者は、障害の調査その他乙が適当と認める場合には、入力データを閲覧することができる。
          IN-USE-05|UNFAVOURABLE|IN-USE-05-AT-VENDOR-DISCRETION|Provider staff may view Customer Data for troubleshooting and whenever the Provider considers it necessary.
          # Deleting the index at the end of a 利用契約 (contract of use) is no keeping or using of it.
          IN-PRC-04|SATISFIED|-|乙は、利用契約が終了した日から60日以内に、検索用インデックスを削除する。
          IN-PRC-04|SATISFIED|-|Within 60 days after the end of the subscription, the Provider shall delete the vector index built from Customer Data.
          # A contract that can change only in a signed writing.
          IN-USE-12|SATISFIED|IN-USE-12-CHANGE-NEEDS-AGREEMENT|本約款の内容は、両当事者が署名した書面によらなければ変更できないものとする。
          IN-USE-12|SATISFIED|IN-USE-12-CHANGE-NEEDS-AGREEMENT|This Agreement may be changed only by written agreement of both parties.
          # The vendor's authority over the data lapses with the contract.
          IN-USE-13|SATISFIED|IN-USE-13-USE-ENDS|入力データの使用に関する乙の権限は、本契約が終了したときに消滅する。
          IN-USE-13|SATISFIED|IN-USE-13-USE-ENDS|On termination the Provider's licence to use Customer Data ends.
          # Keeping the buyer's secrets and data from others (他に漏らしてはならない) is confidentiality.
          IN-USE-09|SATISFIED|-|乙は、業務上知り得た甲の秘密及び入力データを第三者に漏らしてはならない。
          IN-USE-09|SATISFIED|-|The Provider shall hold Customer Data in confidence and shall not disclose it to anyone.
          # The buyer's duties under information-access law are not the vendor disclosing the data.
          IN-EXT-01|MISSING|IN-EXT-01-BUYER-FOI-DUTY|甲が情報公開条例に基づく開示請求に応じて本件データを第三者に開示する場合には、乙は、これに協力する。
          IN-EXT-01|MISSING|IN-EXT-01-BUYER-FOI-DUTY|The Provider acknowledges that the Customer may have to disclose Customer Data under freedom of information legislation.
          # A disclaimer for leaks is about security and liability, not disclosure to others.
          IN-EXT-01|MISSING|IN-EXT-01-LEAK-DISCLAIMER-IS-SECURITY|乙は、第三者の不正アクセスにより入力データが漏えいした場合であっても、その責任を負わない。
          IN-EXT-01|MISSING|IN-EXT-01-LEAK-DISCLAIMER-IS-SECURITY|The Provider is not liable for any unauthorised disclosure of Customer Data caused by attacks of third parties.
          # The vendor's status as an APPI entrusted party is PI-04's point, not subcontracting.
          IN-EXT-02|MISSING|IN-EXT-02-ENTRUSTEE-STATUS-IS-PI-04|乙は、入力データに含まれる個人データについて、個人情報保護法上の委託先としての義務を負わない。
          # Not warranting a model's accuracy says nothing on how derived data is defined or held.
          IN-PRC-01|MISSING|IN-PRC-01-ACCURACY-DISCLAIMER|乙は、学習済みモデルによる推論結果の正確性を保証しない。
          IN-PRC-01|MISSING|IN-PRC-01-ACCURACY-DISCLAIMER|The Provider does not warrant the accuracy of results produced by the fine-tuned model.
          # A report that states how far deletion has gone is a report, not a duty to delete.
          IN-USE-07|MISSING|IN-USE-07-REPORT-IS-NOT-DELETION|乙は、甲の求めに応じ、入力データの保管場所及び消去の実施状況を記載した報告書を提出する。
          IN-USE-07|MISSING|IN-USE-07-REPORT-IS-NOT-DELETION|On request the Provider shall send the Customer a report describing where Customer Data is held and the status of its deletion.
          # A right to serve others with a non-disclosure proviso is a use right, not disclosure.
          IN-EXT-01|MISSING|IN-EXT-01-SERVICE-NOT-DATA|乙は、本件モデルを用いたサービスを他の顧客に提供することができる。ただし、甲のデータそのものを第三者に開示してはならない。
          IN-EXT-01|MISSING|IN-EXT-01-USE-NOT-DISCLOSURE|Nothing in this Agreement prevents the Provider from using the know-how it gains in work for other customers, provided that it does not disclose Customer Data to them.
          # Retention "no longer than necessary" sets no maximum.
          IN-USE-06|PARTIAL|IN-USE-06-VAGUE-PERIOD|乙は、入力データを本業務の遂行に必要な期間を超えて保存しない。
          IN-USE-06|PARTIAL|IN-USE-06-VAGUE-PERIOD|The Provider shall retain conversation logs containing Customer Data for no longer than is necessary to provide the Service.
          # Data centres named by city are a closed set of locations.
          IN-USE-11|SATISFIED|IN-USE-11-NAMED-REGION|Customer Data is stored in data centres located in Frankfurt, Germany, with a standby copy in Dublin.
          # A model built for the buyer carries what was learned from its data: keeping and using it
          # after the end is a surviving use right even where the sentence names no data.
          IN-USE-13|UNFAVOURABLE|IN-USE-13-TRAP-SURVIVING-USE-RIGHT|本契約の終了後も、乙は、本件のために作成した専用モデルを保持し、引き続き利用することができる。
          IN-USE-13|UNFAVOURABLE|IN-USE-13-TRAP-SURVIVING-USE-RIGHT|After the termination of this Agreement the Provider may keep the custom model and continue to use it.
          # Deleting the derived index (even at the vendor's option) is IN-PRC-04's point, not input deletion.
          IN-USE-07|MISSING|IN-USE-07-DERIVED-ONLY-IS-IN-PRC-04|インデックスは、利用契約の終了後、乙の判断により消去することができる。
          IN-USE-07|MISSING|IN-USE-07-DERIVED-ONLY-IS-IN-PRC-04|The embeddings built from Customer Data may be deleted by the Provider at its discretion after termination.
          # Logging access to the index keeps logs, not the index.
          IN-PRC-04|MISSING|IN-PRC-04-ACCESS-LOGS|Logging of every access to the vector index built from Customer Data, with logs retained for two years.
          """)
  void oneSentence(String item, Outcome outcome, String rule, String text) {
    assertJudged(item, outcome, rule, one(null, text));
  }

  @ParameterizedTest(name = "{0} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # A protective duty that survives for a while neither keeps nor ends the vendor's use right.
          IN-USE-13|MISSING|IN-USE-13-DUTIES-SURVIVE|乙は、甲から提供されたデータを秘密として保持する。|前項の義務は、本契約の満了後も２年間存続するものとする。
          IN-USE-13|MISSING|IN-USE-13-DUTIES-SURVIVE|The Provider shall keep Customer Data confidential.|The duties in this Section continue for four years after the termination of this Agreement.
          # The vendor owning its own service and the improvements to it is no training on the data.
          IN-USE-02|SATISFIED|-|乙は、入力データを機械学習モデルの学習に利用しない。|本サービス及びその改良に関する知的財産権は、乙に帰属する。
          IN-USE-02|SATISFIED|-|The Provider shall not use Customer Data to train any model.|The Provider owns all rights in the Platform and in every enhancement or improvement of it.
          # An improvement right weakens a strict purpose clause beside it.
          IN-USE-01|PARTIAL|-|乙は、入力データを本サービスの提供のためにのみ利用する。|乙は、入力データを本サービスの改善のためにも利用することができる。
          IN-USE-01|PARTIAL|-|The Provider shall use Customer Data only to provide the Service to the Customer.|The Provider may also use Customer Data to improve the Service.
          # Retaining rights in one's own tools is no retention of the data.
          IN-USE-06|MISSING|-|甲のデータは、甲に帰属する。|乙は、乙の開発ツールに関する一切の権利を留保する。
          IN-USE-06|MISSING|-|The Customer owns the Customer Data.|The Provider retains all intellectual property in its own tools.
          # A right to suspend the service is no security measure for the data.
          IN-USE-10|MISSING|IN-USE-10-SUSPENSION-IS-NOT-MEASURES|甲は、入力データを管理画面からのみ登録する。|乙は、甲のアカウントが本サービスのセキュリティを脅かす場合には、本サービスの提供を停止することができる。
          IN-USE-10|MISSING|IN-USE-10-SUSPENSION-IS-NOT-MEASURES|The Customer shall upload Customer Data only through the portal.|The Provider may suspend the Service if the Customer's account threatens the security of the platform.
          """)
  void twoParagraphs(String item, Outcome outcome, String rule, String first, String second) {
    assertJudged(item, outcome, rule, twoParagraphs(first, second));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Confidentiality that lapses a few years after the end is weak only while nothing makes
          # the vendor delete the data.
          PARTIAL|IN-USE-09-SHORT-SURVIVAL|乙は、入力データを秘密として保持し、第三者に開示してはならない。|前項の義務は、本契約の終了後３年間存続する。|乙は、入力データを引き続き保管する。
          SATISFIED|-|乙は、入力データを秘密として保持し、第三者に開示してはならない。|前項の義務は、本契約の終了後３年間存続する。|乙は、本契約の終了後30日以内に、入力データを復元できない方法で消去する。
          PARTIAL|IN-USE-09-SHORT-SURVIVAL|The Provider shall keep Customer Data confidential and shall not disclose it.|The duty in Section 5.1 continues for three years after the termination of this Agreement.|The Provider keeps Customer Data in its archive.
          SATISFIED|-|The Provider shall keep Customer Data confidential and shall not disclose it.|The duty in Section 5.1 continues for three years after the termination of this Agreement.|Within 30 days after the termination of this Agreement the Provider shall delete all Customer Data.
          """)
  void aShortSurvivalWeakensConfidentialityOnlyWithoutADeletionDuty(
      Outcome outcome, String rule, String confidential, String survival, String afterEnd) {
    boolean japanese = SentenceAnalyser.isJapanese(confidential);
    ClauseNode five = sectionFive(confidential, survival);
    ClauseNode nine = article(japanese ? "第9条" : "Section 9", "9", null, afterEnd);
    ParsedContract c = japanese ? ja(five, nine) : en(five, nine);
    // Judged beside IN-USE-07, whose outcome the rule asks for.
    assertJudged(
        "IN-USE-09",
        outcome,
        rule,
        JUDGE.judge(c, ProcurementModel.M2, catalogue("IN-USE-09", "IN-USE-07")).get(0));
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
