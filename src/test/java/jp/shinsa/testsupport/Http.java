package jp.shinsa.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for REST tests: Basic auth as one of the demo users, no redirects. */
public final class Http {

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final URL base;

  public Http(URL base) {
    this.base = base;
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  public HttpResponse<byte[]> getBytes(String path, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POSTs a multipart/form-data body: string fields and one file. */
  public HttpResponse<String> postMultipart(
      String path,
      String authorization,
      java.util.Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] file) {
    String boundary = "----shinsa" + System.nanoTime();
    var out = new java.io.ByteArrayOutputStream();
    try {
      for (var f : fields.entrySet()) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + f.getKey()
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                    + f.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      if (file != null) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + fileField
                    + "\"; filename=\""
                    + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  /**
   * POST /api/v1/contracts as the REST client of the README does: one PDF, the vendor (null for a
   * supplier's own terms), a title and the procurement model.
   */
  public HttpResponse<String> uploadContract(
      String authorization, Long vendorOrganisation, String title, String model, byte[] pdf) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    if (vendorOrganisation != null) {
      fields.put("vendorOrganisation", String.valueOf(vendorOrganisation));
    }
    fields.put("title", title);
    fields.put("procurementModel", model);
    return postMultipart("api/v1/contracts", authorization, fields, "file", title + ".pdf", pdf);
  }

  /** Id of the organisation with this code, as the caller sees it in /api/v1/organisations. */
  public long organisationId(String code, String authorization) {
    return jakarta.json.Json.createReader(
            new java.io.StringReader(get("api/v1/organisations", authorization).body()))
        .readArray()
        .stream()
        .map(jakarta.json.JsonValue::asJsonObject)
        .filter(o -> code.equals(o.getString("code", "")))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no organisation " + code))
        .getJsonNumber("id")
        .longValue();
  }

  /** How many contracts the caller's list has in all pages (the X-Total-Count header). */
  public long contractCount(String authorization) {
    HttpResponse<String> r = get("api/v1/contracts?limit=1", authorization);
    if (r.statusCode() != 200) {
      throw new IllegalStateException("contract list answered " + r.statusCode() + ": " + r.body());
    }
    return Long.parseLong(r.headers().firstValue("X-Total-Count").orElseThrow());
  }

  /** Every contract of the caller's list, following the pages' rel="next" links. */
  public java.util.List<jakarta.json.JsonObject> allContracts(String authorization) {
    return all("api/v1/contracts", authorization);
  }

  /** Every row of a paged list resource, from {@code path} on, following rel="next" links. */
  public java.util.List<jakarta.json.JsonObject> all(String path, String authorization) {
    String resource = path.replaceFirst("\\?.*", "");
    java.util.List<jakarta.json.JsonObject> all = new java.util.ArrayList<>();
    String next = path;
    while (next != null) {
      HttpResponse<String> r = get(next, authorization);
      if (r.statusCode() != 200) {
        throw new IllegalStateException(resource + " answered " + r.statusCode() + ": " + r.body());
      }
      jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray().stream()
          .map(jakarta.json.JsonValue::asJsonObject)
          .forEach(all::add);
      next =
          r.headers().allValues("Link").stream()
              .filter(l -> l.contains("rel=\"next\""))
              .map(l -> l.substring(l.indexOf('<') + 1, l.indexOf('>')))
              .map(u -> u.substring(u.indexOf(resource)))
              .findFirst()
              .orElse(null);
    }
    return all;
  }

  public URI uri(String path) {
    String b = base.toExternalForm();
    return URI.create(b.endsWith("/") ? b + path : b + "/" + path);
  }
}
