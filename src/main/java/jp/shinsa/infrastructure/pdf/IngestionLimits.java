package jp.shinsa.infrastructure.pdf;

/**
 * Bounds that keep one hostile or oversized upload from exhausting the server.
 *
 * @param maxBytes largest accepted file size
 * @param maxPages largest accepted page count
 * @param maxOcrPages how many image-only pages of one file are sent to OCR (each costs seconds of
 *     CPU); further scanned pages get an {@code OCR_SKIPPED} warning
 */
public record IngestionLimits(long maxBytes, int maxPages, int maxOcrPages) {

  public static final IngestionLimits DEFAULT = new IngestionLimits(50L * 1024 * 1024, 1000, 100);

  public IngestionLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxOcrPages < 0) {
      throw new IllegalArgumentException("Limits must be positive");
    }
  }

  public IngestionLimits(long maxBytes, int maxPages) {
    this(maxBytes, maxPages, DEFAULT.maxOcrPages());
  }

  /**
   * The defaults, overridden by the system properties {@code shinsa.ingest.maxBytes}, {@code
   * shinsa.ingest.maxPages} and {@code shinsa.ingest.maxOcrPages} when set (e.g. as JVM options of
   * Payara Micro).
   */
  public static IngestionLimits fromSystemProperties() {
    return new IngestionLimits(
        Long.getLong("shinsa.ingest.maxBytes", DEFAULT.maxBytes()),
        Integer.getInteger("shinsa.ingest.maxPages", DEFAULT.maxPages()),
        Integer.getInteger("shinsa.ingest.maxOcrPages", DEFAULT.maxOcrPages()));
  }
}
