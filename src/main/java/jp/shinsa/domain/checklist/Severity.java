package jp.shinsa.domain.checklist;

/** How much a gap on an item matters for the buyer under a given procurement model. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW
}
