package jp.shinsa.domain.judgment;

import static jp.shinsa.domain.judgment.JudgmentFixtures.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.infrastructure.detection.ModelSignalJsonReader;
import org.junit.jupiter.api.Test;

class ModelSuggesterTest {

  private final ModelSuggester suggester = new ModelSuggester(ModelSignalJsonReader.readBundled());

  @Test
  void standardTermsOfServiceSuggestM1() {
    ModelSuggestion s =
        suggester.suggest(
            one(
                "本規約の変更",
                "本規約は、当社が提供する本サービスの利用条件を定めるものです。お客様は、本規約に同意のうえ本サービスを利用するものとし、"
                    + "変更後に利用した場合は変更に同意したものとみなします。料金は月額とします。"));
    assertEquals(ProcurementModel.M1, s.model());
    assertTrue(s.confidence() > 0.5);
    assertFalse(s.signals().isEmpty());
  }

  @Test
  void aCustomisedServiceOnAFoundationModelSuggestsM2() {
    ModelSuggestion s =
        suggester.suggest(
            one(
                "Scope",
                "Provider shall build a retrieval-augmented knowledge base for Customer on a third-party foundation model "
                    + "and provide configuration and support services after go-live."));
    assertEquals(ProcurementModel.M2, s.model());
  }

  @Test
  void aDevelopmentContractWithDeliverablesAndAcceptanceSuggestsM3() {
    ModelSuggestion s =
        suggester.suggest(
            one("成果物", "甲は乙に対し、学習用データセットを用いた新規の画像認識モデルの開発委託を行い、乙は学習済みモデルを成果物として納品し、甲は検収を行う。"));
    assertEquals(ProcurementModel.M3, s.model());
    assertTrue(s.signals().stream().anyMatch(sig -> sig.id().startsWith("M3-")));
  }

  @Test
  void withoutSignalsItFallsBackToM1WithZeroConfidence() {
    ModelSuggestion s = suggester.suggest(one("準拠法", "本契約は日本法に準拠する。"));
    assertEquals(ProcurementModel.M1, s.model());
    assertEquals(0.0, s.confidence());
  }
}
