package jp.shinsa.domain.judgment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.ParsedContract;

/**
 * Suggests M1/M2/M3 from signals in the contract text (METI note §11.1): each signal found adds its
 * weight to its model; the heaviest model wins, and its share of the total is the confidence. With
 * no signal at all it suggests M1 with confidence 0, the most cautious reading for standard terms.
 */
public final class ModelSuggester {

  private final List<ModelSignal> signals;

  /** Per signal, the literal sets every match of its pattern needs (empty: none proved). */
  private final List<List<Set<String>>> literals = new ArrayList<>();

  public ModelSuggester(List<ModelSignal> signals) {
    this.signals = List.copyOf(signals);
    for (ModelSignal s : this.signals) {
      Pattern p = s.pattern();
      List<Set<String>> sets =
          (p.flags() & ~Pattern.CASE_INSENSITIVE) != 0
              ? null
              : RegexLiterals.requiredAll(p.pattern());
      literals.add(sets == null ? List.of() : sets);
    }
  }

  public ModelSuggestion suggest(ParsedContract contract) {
    String text = SentenceAnalyser.normalise(contract.fullText());
    Map<ProcurementModel, Integer> score = new EnumMap<>(ProcurementModel.class);
    List<ModelSignal> found = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < signals.size(); i++) {
      ModelSignal s = signals.get(i);
      // A signal whose words are absent cannot match: skip its scan of the whole contract.
      boolean possible =
          literals.get(i).stream().allMatch(anyOf -> anyOf.stream().anyMatch(lower::contains));
      if (possible && s.pattern().matcher(text).find()) {
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
