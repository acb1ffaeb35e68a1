package jp.shinsa.interfaces.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import jp.shinsa.application.identity.LoginService;
import jp.shinsa.infrastructure.security.ShinsaAuthenticationMechanism;

/** The login form and logout. */
@Named
@RequestScoped
public class LoginBean {

  @Inject private SecurityContext securityContext;
  @Inject private LoginService loginService;

  private String username;
  private String password;
  private boolean expired;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpSession old = request.getSession(false);
    String continueUrl =
        old == null ? null : (String) old.getAttribute(ShinsaAuthenticationMechanism.CONTINUE_URL);
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) ec.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        // A fresh session id after login defeats session fixation.
        request.changeSessionId();
        request.getSession().removeAttribute(ShinsaAuthenticationMechanism.CONTINUE_URL);
        ec.redirect(
            continueUrl != null && continueUrl.startsWith(request.getContextPath() + "/app/")
                ? continueUrl
                : ec.getRequestContextPath() + "/app/dashboard.xhtml");
      }
      default -> Messages.error(loginService.isLocked(username) ? "login.locked" : "login.invalid");
    }
  }

  public void logout() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    ((HttpServletRequest) ec.getRequest()).logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }

  /** Called when the page is shown: explains why the person is (back) on the login page. */
  public void explain() {
    if (expired) {
      Messages.warn("login.expired");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isExpired() {
    return expired;
  }

  public void setExpired(boolean expired) {
    this.expired = expired;
  }
}
