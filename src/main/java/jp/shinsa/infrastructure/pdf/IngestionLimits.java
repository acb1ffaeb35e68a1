package jp.shinsa.infrastructure.pdf;

/**
 * Bounds that keep one hostile or oversized upload from exhausting the server.
 *
 * @param maxBytes largest accepted file size
 * @param maxPages largest accepted page count
 */
public record IngestionLimits(long maxBytes, int maxPages) {

  public static final IngestionLimits DEFAULT = new IngestionLimits(50L * 1024 * 1024, 1000);

  public IngestionLimits {
    if (maxBytes <= 0 || maxPages <= 0) {
      throw new IllegalArgumentException("Limits must be positive");
    }
  }
}
