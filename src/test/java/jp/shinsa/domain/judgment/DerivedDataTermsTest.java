package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.article;
import static jp.shinsa.domain.judgment.JudgmentFixtures.en;
import static jp.shinsa.domain.judgment.JudgmentFixtures.ja;
import static jp.shinsa.domain.judgment.JudgmentFixtures.judge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * IN-PRC-01 (derived data defined and brought under the protections): a term defined as derived
 * data and then set apart from the buyer's data, a service defined by what it does, and a single
 * fine-tuned model as the only derived artefact.
 */
class DerivedDataTermsTest {

  @Test
  void aTermDefinedAsDerivedDataAndLeftOutOfTheBuyersDataIsOnlyPartlyProtected() {
    ItemJudgment j =
        judge(
            en(
                article(
                    "Section 1",
                    "1",
                    "Definitions",
                    "\"Search Artefacts\" means the vector embeddings and chunk stores the platform"
                        + " builds from uploaded files."),
                article(
                    "Section 2",
                    "2",
                    "Definitions",
                    "Client Content does not include Search Artefacts.")),
            "IN-PRC-01");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
    assertEquals("IN-PRC-01-EXCLUDED", j.rule(), j::toString);
  }

  @Test
  void aServiceDefinedByWhatItDoesDefinesNoDerivedData() {
    ItemJudgment j =
        judge(
            ja(article("第1条", "1", "定義", "「本件システム」とは、乙が提供する文書要約、埋め込みベクトルの生成及び検索その他の機能をいう。")),
            "IN-PRC-01");
    assertNotEquals(Outcome.SATISFIED, j.outcome(), j::toString);
  }

  @Test
  void aFineTunedModelAloneIsOneArtefact() {
    ItemJudgment j =
        judge(
            ja(article("第1条", "1", "定義", "「調整モデル」とは、甲の提供した文書を用いて乙が作成したファインチューニング済みモデルをいう。")),
            "IN-PRC-01");
    assertEquals(Outcome.PARTIAL, j.outcome(), j::toString);
  }
}
