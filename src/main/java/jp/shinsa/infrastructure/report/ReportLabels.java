package jp.shinsa.infrastructure.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.remediation.RemediationState;

/**
 * The words a report uses around the data (headings, outcome and state names), from {@code
 * report-labels*.properties}, so that wording can be changed without touching the exporters.
 */
final class ReportLabels {

  private static final String BUNDLE = "jp.shinsa.infrastructure.report.report-labels";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final ResourceBundle bundle;
  private final ReportLanguage language;

  ReportLabels(ReportLanguage language) {
    this.language = language;
    // No fallback to the JVM's default locale: an English report must not come out in Japanese
    // on a server whose default locale happens to be ja_JP.
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language.locale(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  ReportLanguage language() {
    return language;
  }

  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
  }

  String outcome(Outcome outcome) {
    return get("outcome." + outcome.name());
  }

  String severity(Severity severity) {
    return severity == null ? "" : get("severity." + severity.name());
  }

  String model(ProcurementModel model) {
    return model == null ? "" : get("model." + model.name());
  }

  String state(RemediationState state, Integer fixedInVersion) {
    if (state == null) {
      return "";
    }
    if (state == RemediationState.FIXED_IN_VERSION && fixedInVersion != null) {
      return get("state.FIXED_IN_VERSION.n", String.valueOf(fixedInVersion));
    }
    return get("state." + state.name());
  }

  String time(Instant instant, ZoneId zone) {
    return TIME.format(instant.atZone(zone));
  }
}
