package jp.shinsa.application.review;

/**
 * One difference between a version's clauses and the previous version's.
 *
 * @param kind added, removed or changed
 * @param path normalised clause path ("5.2")
 * @param label the clause as printed (number and heading) in the version that has it
 * @param before the text in the previous version (null when added)
 * @param after the text in this version (null when removed)
 */
public record ClauseChange(Kind kind, String path, String label, String before, String after) {

  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }
}
