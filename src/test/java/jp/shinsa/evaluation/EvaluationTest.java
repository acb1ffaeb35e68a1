package jp.shinsa.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation over the labelled corpus and fails the build when accuracy on the 35 priority
 * items drops below the floor reached so far (minus a small margin for corpus growth).
 */
class EvaluationTest {

  /**
   * Reached 2026-11-22 on 50 samples (the 26 first ones plus the ho-*, hb-* and hc-* contracts of
   * the retired held-out sets 1, 2 and 3): outcome 91.8%, with the right clause 84.2% when set 3
   * joined untuned; 96.2% / 90.1% after the numbering, recall, audit, input-data and weakness
   * rounds of the same day (floor = minus 1 point). The twelve hf-* contracts, written fresh by
   * authors who had not read the engine, joined on 2026-11-22 (fourth session) at 68.3% / 52.6% on
   * their own, taking the corpus of 62 to 90.8% / 82.9% before any tuning on them; eight more
   * (60.0% / 44.3% on their own) took the corpus of 70 to 87.3% / 78.4%; the structure round on
   * those eight (附則, 1.（見出し）, unnumbered paragraphs and headings, run-in items, attachments after
   * the signatures) took them to 65.4% / 56.1% and the corpus to 87.9% / 79.8%.
   */
  private static final double OUTCOME_FLOOR = 0.904;

  private static final double CLAUSE_FLOOR = 0.833;

  @Test
  void priorityItemAccuracyStaysAboveTheFloor() throws Exception {
    Path samples = Path.of("contracts-templates/samples");
    assertTrue(Files.isDirectory(samples), "labelled corpus missing");
    Evaluation.Result result = Evaluation.run(samples);
    assertFalse(result.priority().isEmpty());
    String summary = Evaluation.report(result).lines().limit(8).reduce("", (a, b) -> a + "\n" + b);
    assertTrue(result.priorityAccuracy() >= OUTCOME_FLOOR, summary);
    assertTrue(result.priorityAccuracyWithClause() >= CLAUSE_FLOOR, summary);
  }
}
