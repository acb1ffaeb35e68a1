package jp.shinsa.application.remediation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shinsa.application.analysis.AnalysisCompleted;

/**
 * Hands a finished analysis to {@link RemediationAutomation} through its proxy (so that its own
 * transaction applies) and keeps any failure away from the analysis worker.
 */
@ApplicationScoped
public class AnalysisObserver {

  private static final Logger LOG = Logger.getLogger(AnalysisObserver.class.getName());

  @Inject private RemediationAutomation automation;

  void onAnalysisCompleted(@Observes AnalysisCompleted event) {
    try {
      automation.apply(event);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "event=remediation.sync.failed contract="
              + event.contractId()
              + " version="
              + event.versionId(),
          e);
    }
  }
}
