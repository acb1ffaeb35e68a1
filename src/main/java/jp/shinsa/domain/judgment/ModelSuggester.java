package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;

/**
 * Suggests M1/M2/M3 from signals in the contract text (METI note §11.1): each signal found adds its
 * weight to its model; the heaviest model wins, and its share of the total is the confidence. With
 * no signal at all it suggests M1 with confidence 0, the most cautious reading for standard terms.
 */
public final class ModelSuggester {

  private final List<ModelSignal> signals;

  public ModelSuggester(List<ModelSignal> signals) {
    this.signals = List.copyOf(signals);
  }

  public ModelSuggestion suggest(ParsedContract contract) {
    String text = SentenceAnalyser.normalise(contract.fullText());
    Map<ProcurementModel, Integer> score = new EnumMap<>(ProcurementModel.class);
    List<ModelSignal> found = new ArrayList<>();
    for (ModelSignal s : signals) {
      if (s.pattern().matcher(text).find()) {
        found.add(s);
        score.merge(s.model(), s.weight(), Integer::sum);
      }
    }
    if (found.isEmpty()) {
      return new ModelSuggestion(ProcurementModel.M1, 0.0, List.of());
    }
    int total = score.values().stream().mapToInt(Integer::intValue).sum();
    ProcurementModel best =
        score.entrySet().stream()
            .max(
                Map.Entry.<ProcurementModel, Integer>comparingByValue()
                    .thenComparing(e -> e.getKey().ordinal()))
            .orElseThrow()
            .getKey();
    found.sort(Comparator.comparingInt(ModelSignal::weight).reversed());
    return new ModelSuggestion(best, score.get(best) / (double) total, found);
  }
}
