package jp.shinsa.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;
import jp.shinsa.application.identity.AccountService;
import jp.shinsa.application.identity.CurrentUser;

/**
 * The UI language for this session. Until the person chooses, a browser that asks for Japanese gets
 * Japanese and everyone else English; a choice is remembered on the account for next time.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Locale JAPANESE = Locale.JAPANESE;
  static final Locale ENGLISH = Locale.ENGLISH;

  @Inject private CurrentUser currentUser;
  @Inject private AccountService accounts;

  private Locale chosen;

  public Locale getLocale() {
    if (chosen == null) {
      chosen = preferredOfAccount();
    }
    return chosen != null ? chosen : fromBrowser();
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public boolean isJapanese() {
    return "ja".equals(getLanguage());
  }

  /** Switches language and reloads the current page so that every string changes at once. */
  public void switchTo(String language) throws IOException {
    chosen = "ja".equals(language) ? JAPANESE : ENGLISH;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(chosen);
    if (currentUser.isSignedIn()) {
      accounts.rememberLocale(currentUser.getUsername(), chosen.getLanguage());
    }
    var ec = faces.getExternalContext();
    var request = (jakarta.servlet.http.HttpServletRequest) ec.getRequest();
    String query = request.getQueryString();
    ec.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }

  private Locale preferredOfAccount() {
    if (!currentUser.isSignedIn()) {
      return null;
    }
    String pref = currentUser.require().getPreferredLocale();
    return pref == null ? null : ("ja".equals(pref) ? JAPANESE : ENGLISH);
  }

  private static Locale fromBrowser() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return ENGLISH;
    }
    Iterator<Locale> wanted = faces.getExternalContext().getRequestLocales();
    while (wanted.hasNext()) {
      String lang = wanted.next().getLanguage();
      if ("ja".equals(lang)) {
        return JAPANESE;
      }
      if ("en".equals(lang)) {
        return ENGLISH;
      }
    }
    return ENGLISH;
  }
}
