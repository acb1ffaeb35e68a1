package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.jaTwoParagraphs;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static jp.shinsa.domain.judgment.JudgmentFixtures.paragraph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A vendor right that the contract bounds in the way the METI reference (§9 table "Expected
 * baseline", §9.2 stance N) calls a market-normal compromise is PARTIAL ({@code G-MITIGATED}), not
 * UNFAVOURABLE: the item's detection data lists those bounds under {@code mitigations}. The bound
 * must be stated in the right's own sentence, the next sentence of its clause (or the paragraph
 * after it in the same article) or a clause it names; named traps, deemed consent and carve-outs
 * from a protection stay red flags.
 */
class MitigatedRightsTest {

  @Test
  void trainingOnlyOnDataThatCannotIdentifyTheBuyerIsACompromise() {
    ItemJudgment j =
        judge(
            one(
                null,
                "Provider may use Customer Data to train its general models, provided that the"
                    + " data is first aggregated so that it cannot identify Customer or any"
                    + " individual."),
            "IN-USE-02");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-MITIGATED", j.rule(), j::toString);
    assertTrue(j.reason().contains("cannot identify"), j::reason);
  }

  @Test
  void theSameRightWithoutTheBoundStaysUnfavourable() {
    ItemJudgment j =
        judge(
            one(null, "Provider may use Customer Data to train its general models."), "IN-USE-02");
    assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
  }

  @Test
  void aProvisoInTheNextSentenceOfTheClauseBoundsTheRight() {
    ItemJudgment j =
        judge(
            ja(
                article(
                    "第7条",
                    "7",
                    "データの利用",
                    "乙は、入力データを乙の汎用モデルの学習に利用することができる。ただし、甲及び個人を識別することができない形式に加工したものに限る。")),
            "IN-USE-02");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-MITIGATED", j.rule(), j::toString);
    assertTrue(j.reasonJa().contains("識別できない"), j::reasonJa);
  }

  @Test
  void aBoundInAnUnrelatedClauseDoesNotBoundTheRight() {
    ItemJudgment j =
        judge(
            ja(
                article("第7条", "7", "データの利用", "乙は、入力データを乙の汎用モデルの学習に利用することができる。"),
                article("第12条", "12", "統計", "乙が作成する稼働統計は、甲を識別することができないものとする。")),
            "IN-USE-02");
    assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
  }

  @Test
  void aClauseTheRightNamesCarriesItsBound() {
    ItemJudgment j =
        judge(
            ja(
                article(
                    "第8条",
                    "8",
                    "加工",
                    "",
                    paragraph("1", "8.1", "乙は、入力データを本件業務の目的に限り利用する。"),
                    paragraph("2", "8.2", "乙は、入力データを、甲及び個人を特定できないよう統計的に加工することができる。")),
                article("第9条", "9", "学習", "乙は、前条第2項により加工したデータを乙の汎用モデルの学習に利用することができる。")),
            "IN-USE-02");
    assertNotEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
  }

  @Test
  void aNamedTrapIsNotMitigated() {
    // Deletion left to the vendor's choice is a red flag whatever the retention wording around it.
    ItemJudgment j =
        judge(
            jaTwoParagraphs("データの削除", "乙は、本契約終了後、入力データを削除することができる。", "乙は、法令の定める範囲に限り入力データを保存する。"),
            "IN-USE-07");
    assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
  }

  @Test
  void transferAbroadOnAStatedLegalBasisIsACompromise() {
    ItemJudgment j =
        judge(
            one(
                null,
                "Provider may store and process Customer Data in any country where its"
                    + " subprocessors operate, subject to standard contractual clauses that ensure an"
                    + " equivalent level of protection."),
            "IN-USE-11");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-MITIGATED", j.rule(), j::toString);
  }

  @Test
  void aSecondUnboundedRightOnThePointKeepsTheRedFlag() {
    ItemJudgment j =
        judge(
            en(
                article(
                    "Section 5",
                    "5",
                    "Data",
                    "",
                    paragraph(
                        "5.1",
                        "5.1",
                        "Provider may use Customer Data to train its general models, provided"
                            + " that the data cannot identify Customer."),
                    paragraph(
                        "5.2",
                        "5.2",
                        "Provider may also use Customer Data to train models it licenses to"
                            + " other customers."))),
            "IN-USE-02");
    assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
  }

  @Test
  void deemedConsentToBoundedTrainingStaysARedFlag() {
    ItemJudgment j =
        judge(
            one(
                null,
                "By continuing to use the Service, Customer is deemed to consent to Provider using"
                    + " Customer Data, in a form that cannot identify Customer, to train its"
                    + " models."),
            "IN-USE-02");
    assertNotEquals("G-MITIGATED", j.rule(), j::toString);
  }

  @Test
  void vendorOwnershipWithAStrongLicenceBackInTheNextParagraphIsACompromise() {
    ItemJudgment j =
        judge(
            jaTwoParagraphs(
                "成果物の権利",
                "本件で作成された追加学習済みモデルに関する一切の権利は、乙に帰属する。",
                "乙は、甲に対し、当該モデルを甲の業務のために無期限かつ無償で使用することを許諾する。"),
            "IN-PRC-02");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-MITIGATED", j.rule(), j::toString);
  }

  @Test
  void aNonExclusiveLicenceBackIsATradedOutcome() {
    // Guideline IN-PRC-02: the vendor owns, the buyer has exclusive or non-exclusive use.
    ItemJudgment j =
        judge(
            jaTwoParagraphs(
                "成果物の権利",
                "本件で作成された追加学習済みモデルに関する一切の権利は、乙に帰属する。",
                "乙は、甲に対し、当該追加学習済みモデルを甲の社内業務のために使用することを非独占的に許諾する。"),
            "IN-PRC-02");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("G-MITIGATED", j.rule(), j::toString);
  }

  @Test
  void aLicenceOfSomethingElseInTheNextParagraphBoundsNothing() {
    ItemJudgment j =
        judge(
            jaTwoParagraphs(
                "知的財産権",
                "本件ソフトウェア及び学習用データセットに関する知的財産権は、乙に帰属する。",
                "乙は、甲に対し、本件ソフトウェアを甲の社内業務のために使用することを許諾する。"),
            "IN-PRC-02");
    assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
  }

  @Test
  void anExclusiveRightToUseGrantedToTheBuyerInTheNextSentenceBoundsVendorOwnership() {
    ItemJudgment j =
        judge(
            one(
                "Tuned artefacts",
                "Provider retains ownership of the fine-tuned models built for Customer. For as"
                    + " long as the subscription runs, Customer holds the sole and exclusive"
                    + " right to use those models."),
            "IN-PRC-02");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
  }

  @Test
  void aLicenceTheBuyerGrantsIsNoLicenceBack() {
    ItemJudgment j =
        judge(
            one(
                "Tuned artefacts",
                "Provider owns the fine-tuned models built in the project. Customer grants"
                    + " Provider a non-exclusive licence to use the training files."),
            "IN-PRC-02");
    assertEquals(Outcome.UNFAVOURABLE, j.outcome(), j::toString);
  }
}
