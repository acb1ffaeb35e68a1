package jp.shinsa.domain.checklist;

import java.util.Locale;

/**
 * A text in Japanese and English. Both are required: the portal serves both languages from day one.
 */
public record LocalizedText(String ja, String en) {

  public String in(Locale locale) {
    return locale != null && "ja".equals(locale.getLanguage()) ? ja : en;
  }
}
