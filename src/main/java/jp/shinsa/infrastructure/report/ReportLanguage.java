package jp.shinsa.infrastructure.report;

import java.util.Locale;

/** The language a report is written in. */
public enum ReportLanguage {
  JA(Locale.JAPANESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  ReportLanguage(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  public String code() {
    return locale.getLanguage();
  }

  /** "ja" → JA; anything else → EN, the portal's second language. */
  public static ReportLanguage of(Locale locale) {
    return locale != null && "ja".equals(locale.getLanguage()) ? JA : EN;
  }
}
