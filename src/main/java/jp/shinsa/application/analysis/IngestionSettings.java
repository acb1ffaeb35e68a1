package jp.shinsa.application.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jp.shinsa.infrastructure.pdf.IngestionLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Upload limits from configuration ({@code shinsa.upload.max-mb}, {@code shinsa.upload.max-pages}).
 */
@ApplicationScoped
public class IngestionSettings {

  @Inject
  @ConfigProperty(name = "shinsa.upload.max-mb", defaultValue = "50")
  int maxMegabytes;

  @Inject
  @ConfigProperty(name = "shinsa.upload.max-pages", defaultValue = "1000")
  int maxPages;

  /** Dependent scope: the limits are an immutable record, which CDI cannot proxy. */
  @Produces
  IngestionLimits limits() {
    return new IngestionLimits((long) maxMegabytes * 1024 * 1024, maxPages);
  }
}
