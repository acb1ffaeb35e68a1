package jp.shinsa.domain.judgment;

import java.util.List;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * A suggested procurement model; the officer confirms or overrides it.
 *
 * @param model the suggested model
 * @param confidence share of the signal weight that points to it (0..1; 0 when no signal found)
 * @param signals the signals found in the contract, strongest first
 */
public record ModelSuggestion(
    ProcurementModel model, double confidence, List<ModelSignal> signals) {

  public ModelSuggestion {
    signals = List.copyOf(signals);
  }
}
