package jp.shinsa.domain.remediation;

import jp.shinsa.domain.checklist.Severity;

/**
 * How urgent a remediation item is; starts from the finding's severity, the owner may change it.
 */
public enum Priority {
  HIGH,
  MEDIUM,
  LOW;

  public static Priority from(Severity severity) {
    if (severity == null) {
      return MEDIUM;
    }
    return switch (severity) {
      case HIGH -> HIGH;
      case MEDIUM -> MEDIUM;
      case LOW -> LOW;
    };
  }
}
