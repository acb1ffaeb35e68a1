package jp.shinsa.application.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The evidence size limit from configuration ({@code shinsa.evidence.max-mb}). */
@ApplicationScoped
public class EvidenceSettings {

  @Inject
  @ConfigProperty(name = "shinsa.evidence.max-mb", defaultValue = "20")
  int maxMegabytes;

  public long maxBytes() {
    return (long) maxMegabytes * 1024 * 1024;
  }
}
