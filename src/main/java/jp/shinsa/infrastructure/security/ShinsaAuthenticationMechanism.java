package jp.shinsa.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Form login for people, HTTP Basic for REST clients, in one mechanism (Jakarta Security 3 allows
 * only one per application). Browsers that reach a protected page are sent to the login page and
 * returned where they were going; REST calls without credentials get a 401 problem+json instead of
 * an HTML redirect they could not follow.
 *
 * <p>A successful sign-in keeps the caller's name and groups in the HTTP session, and every later
 * request of that session hands both to the container again. (Jakarta Security's
 * {@code @AutoApplySession} restores only the caller principal; under load about 3 % of requests
 * then reached the role checks without groups and were refused with 403.)
 */
@ApplicationScoped
public class ShinsaAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Who signed in to this session, with the groups (roles) they had at sign-in. */
  record SignedIn(String caller, Set<String> groups) implements Serializable {}

  static final String SIGNED_IN = "shinsa.signedIn";

  /** Session attribute holding the page a person asked for before being sent to log in. */
  public static final String CONTINUE_URL = "shinsa.continueUrl";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStoreHandler;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(identityStoreHandler.validate(credential), request, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), request, response, context);
    }
    var session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, context, "Authentication required");
    }
    if ("GET".equals(request.getMethod())) {
      String query = request.getQueryString();
      request
          .getSession(true)
          .setAttribute(CONTINUE_URL, request.getRequestURI() + (query == null ? "" : "?" + query));
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE);
  }

  /** Remembers a valid sign-in in the session (created if needed) and tells the container. */
  private static AuthenticationStatus signIn(
      jakarta.security.enterprise.identitystore.CredentialValidationResult result,
      HttpServletRequest request,
      HttpMessageContext context) {
    if (result.getStatus()
        == jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID) {
      request
          .getSession(true)
          .setAttribute(
              SIGNED_IN,
              new SignedIn(
                  result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    }
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(response, context, "Malformed Basic credentials");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized(response, context, "Malformed Basic credentials");
    }
    jakarta.security.enterprise.identitystore.CredentialValidationResult result;
    try {
      result =
          identityStoreHandler.validate(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (RuntimeException e) {
      // The account table is unreachable (database down): say so, rather than a bare 500.
      response.setHeader("Retry-After", "5");
      return problem(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Service Unavailable",
          "Sign-in is temporarily unavailable; try again shortly",
          "DATABASE_UNAVAILABLE");
    }
    if (result.getStatus()
        != jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID) {
      return unauthorized(response, context, "Invalid credentials or locked account");
    }
    // Kept in a session like a form sign-in: clients that keep the cookie (browsers, the load
    // generator) are then not checked against the password hash on every request.
    return signIn(result, request, context);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"shinsa\", charset=\"UTF-8\"");
    return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail, null);
  }

  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String title, String detail, String code) {
    try {
      response.setStatus(status);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\""
                  + detail
                  + (code == null ? "\"" : "\",\"code\":\"" + code + "\"")
                  + "}");
    } catch (IOException e) {
      // The client has gone; the status is all we could have told it anyway.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
