package jp.shinsa.domain.contract;

/** Where an uploaded contract version is in its analysis. */
public enum ProcessingStatus {
  /** Stored and acknowledged; waiting for a worker. */
  QUEUED,
  /** A worker holds the lease and is extracting, segmenting and judging. */
  PROCESSING,
  /** Clause tree and findings are stored. */
  ANALYSED,
  /** Analysis gave up; the reason is in the status message and error code. */
  FAILED;

  /** The states an analysis ends in. */
  public static final java.util.Set<ProcessingStatus> FINISHED =
      java.util.Collections.unmodifiableSet(java.util.EnumSet.of(ANALYSED, FAILED));

  public boolean isFinished() {
    return this == ANALYSED || this == FAILED;
  }
}
