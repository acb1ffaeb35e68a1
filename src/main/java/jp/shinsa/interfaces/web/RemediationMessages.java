package jp.shinsa.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Strings of the review, remediation and audit pages ({@code remediation_messages*.properties}, EL
 * variable {@code rmsg}), in the language of the current view.
 */
public final class RemediationMessages {

  public static final String BUNDLE = "jp.shinsa.interfaces.web.remediation_messages";

  private RemediationMessages() {}

  public static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces != null && faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : Locale.ENGLISH;
  }

  public static String get(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, get(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, get(key, args));
  }

  /** An error whose text comes from the domain (already explained, in English). */
  public static void errorText(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
