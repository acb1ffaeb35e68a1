package jp.shinsa.testsupport;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser session reduced to its cookies: logs in through the JSF login form as a person does and
 * then fetches pages with that session (redirects are returned, not followed). The cluster tests
 * present the same cookies to another node with {@link #get(String, String)}.
 */
public final class FormSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION_COOKIE = Pattern.compile("^(JSESSIONID\\w*)=([^;]*)");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final String base;

  /** {@code base} is the application's URL ending in a slash. */
  public FormSession(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  public FormSession login(String user, String password) throws Exception {
    HttpResponse<String> form = get("login.xhtml");
    Matcher m = VIEW_STATE.matcher(form.body());
    if (form.statusCode() != 200 || !m.find()) {
      throw new AssertionError("no login form: " + form.statusCode());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", user);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    fields.put("jakarta.faces.ViewState", m.group(1));
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> posted =
        send(
            request("login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    String location = posted.headers().firstValue("Location").orElse("");
    if (posted.statusCode() != 302 || !location.contains("/app/")) {
      throw new AssertionError(
          "login as " + user + " failed: " + posted.statusCode() + " " + location);
    }
    return this;
  }

  public HttpResponse<String> get(String path) throws Exception {
    return get(base, path);
  }

  /** GET at another node ({@code otherBase} ending in a slash) with this session's cookies. */
  public HttpResponse<String> get(String otherBase, String path) throws Exception {
    return send(request(otherBase, path).GET());
  }

  private HttpRequest.Builder request(String path) {
    return request(base, path);
  }

  private HttpRequest.Builder request(String base, String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (!cookies.isEmpty()) {
      b.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    HttpResponse<String> r =
        client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    for (String c : r.headers().allValues("Set-Cookie")) {
      Matcher m = SESSION_COOKIE.matcher(c);
      if (m.find()) {
        cookies.put(m.group(1), m.group(2));
      }
    }
    return r;
  }
}
