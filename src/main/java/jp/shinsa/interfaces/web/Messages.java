package jp.shinsa.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing strings from the resource bundle, in the language of the current view. */
public final class Messages {

  public static final String BUNDLE = "jp.shinsa.interfaces.web.messages";

  private Messages() {}

  public static String get(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces != null && faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : Locale.ENGLISH;
    return get(locale, key, args);
  }

  public static String get(Locale locale, String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, key, args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  public static void warn(String key, Object... args) {
    add(FacesMessage.SEVERITY_WARN, key, args);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    String text = get(key, args);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
