package jp.shinsa.domain.checklist;

/** Applicability level of a Digital Agency DS-920 item (reference note §2.2). */
public enum DaLevel {
  /** Expected in any in-scope generative-AI procurement. */
  BASELINE,
  /** Expected when the high-risk determination flags the project. */
  HIGH_RISK,
  /** Recommended good practice. */
  RECOMMENDED
}
