package jp.shinsa.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Form login for people, HTTP Basic for REST clients, in one mechanism (Jakarta Security 3 allows
 * only one per application). Browsers that reach a protected page are sent to the login page and
 * returned where they were going; REST calls without credentials get a 401 problem+json instead of
 * an HTML redirect they could not follow.
 */
@ApplicationScoped
@AutoApplySession
public class ShinsaAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the page a person asked for before being sent to log in. */
  public static final String CONTINUE_URL = "shinsa.continueUrl";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStoreHandler;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim(), response, context);
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

  private AuthenticationStatus basic(
      String encoded, HttpServletResponse response, HttpMessageContext context) {
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
      return problem(
          response,
          HttpServletResponse.SC_SERVICE_UNAVAILABLE,
          "Service Unavailable",
          "Sign-in is temporarily unavailable; try again shortly");
    }
    if (result.getStatus()
        != jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID) {
      return unauthorized(response, context, "Invalid credentials or locked account");
    }
    return context.notifyContainerAboutLogin(result);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"shinsa\", charset=\"UTF-8\"");
    return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String title, String detail) {
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
                  + "\"}");
    } catch (IOException e) {
      // The client has gone; the status is all we could have told it anyway.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
