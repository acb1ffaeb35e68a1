package jp.shinsa.infrastructure.crosscheck;

import java.util.List;

/** The cross-check data cannot be used; {@link #problems()} lists every problem found. */
public class CrosscheckRulesException extends RuntimeException {

  private final List<String> problems;

  public CrosscheckRulesException(List<String> problems) {
    super("invalid cross-check rules: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
