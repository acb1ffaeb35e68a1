package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * A clause stated notwithstanding another (「前項の規定にかかわらず」, "Despite clause 7.3 of the Terms")
 * decides the item in place of the clause it sets aside.
 */
class ClausePrecedenceTest {

  private static void assertDecides(ItemJudgment j, Outcome outcome, String clausePath) {
    String why = j.outcome() + " " + j.rule() + " " + j.evidence();
    assertEquals(outcome, j.outcome(), why);
    assertEquals(clausePath, j.evidence().get(0).clausePath(), why);
  }

  @Test
  void aParagraphNotwithstandingTheOneThatRulesInspectionOutDecides() {
    ItemJudgment j =
        judge(
            ja(
                article(
                    "第11条",
                    "11",
                    "調査",
                    "",
                    paragraph(
                        "1",
                        "11.1",
                        "乙は、甲の求めに応じ、第三者機関による認証の証明書の写しを甲に提出する。甲は、これをもって監査に代えるものとし、甲による立入検査は実施しない。"),
                    paragraph(
                        "2",
                        "11.2",
                        "前項の規定にかかわらず、甲は、本件データの取扱いについて特に必要があると認める場合には、乙の事前の承諾を得て、乙の施設に立ち入り、調査をすることができる。"))),
            "AUD-03");
    // The paragraph that rules inspection out no longer decides: the one that allows it does.
    assertNotEquals(Outcome.UNFAVOURABLE, j.outcome(), j.rule() + " " + j.evidence());
    assertEquals("11.2", j.evidence().get(0).clausePath(), j.rule() + " " + j.evidence());
  }

  @Test
  void aScheduleParagraphDespiteAClauseOfTheTermsDecidesRetention() {
    ItemJudgment j =
        judge(
            en(
                article(
                    "7.",
                    "7",
                    "Customer Data",
                    "",
                    paragraph(
                        "7.3",
                        "7.3",
                        "The Provider may retain copies of Customer Data for as long as it considers"
                            + " necessary for its legal and business purposes.")),
                article(
                    "Schedule 1",
                    "A1",
                    "Special Terms",
                    "",
                    paragraph(
                        "3.1",
                        "A1.3.1",
                        "Despite clause 7.3 of the Terms, the Provider shall not retain Customer Data"
                            + " for more than sixty days after the end of the Services and shall delete"
                            + " it at the end of that period."))),
            "IN-USE-06");
    assertDecides(j, Outcome.SATISFIED, "A1.3.1");
  }
}
