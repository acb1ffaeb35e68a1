package jp.shinsa.domain.judgment;

import java.util.regex.Pattern;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * A textual signal for one procurement model (METI note §11.1), loaded from data.
 *
 * @param id stable signal ID
 * @param model the model the signal points to
 * @param pattern cue pattern (ja/en)
 * @param weight how strongly the signal points to the model
 * @param label what the signal means, for the officer
 */
public record ModelSignal(
    String id, ProcurementModel model, Pattern pattern, int weight, LocalizedText label) {}
