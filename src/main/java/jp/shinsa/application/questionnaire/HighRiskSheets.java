package jp.shinsa.application.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jp.shinsa.domain.checklist.HighRiskSheet;
import jp.shinsa.infrastructure.catalogue.HighRiskSheetReader;

/** The DS-920 high-risk determination sheet shipped with the portal, read once. */
@ApplicationScoped
public class HighRiskSheets {

  private volatile HighRiskSheet sheet;

  public HighRiskSheet current() {
    HighRiskSheet s = sheet;
    if (s == null) {
      s = new HighRiskSheetReader().readBundled();
      sheet = s;
    }
    return s;
  }
}
