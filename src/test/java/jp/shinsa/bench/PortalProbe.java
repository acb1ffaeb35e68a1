package jp.shinsa.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.testsupport.ContractIds;
import jp.shinsa.testsupport.Http;

/**
 * Measures a running portal from outside, as a REST client would see it (bench/run-all.sh).
 *
 * <ul>
 *   <li>{@code upload <base> <runs> <pages>...}: generates a Japanese contract of about that many
 *       pages from the labelled samples (ContractPdfWriter), uploads it through {@code POST
 *       api/v1/contracts}, polls {@code GET api/v1/contracts/{id}} every 50 ms until the version is
 *       ANALYSED, then reads the findings; prints the median and the spread of that wall time.
 *   <li>{@code latency <base> <requests>}: signs in once (session cookie, as a browser) and times
 *       the contract list, a contract's findings page, the dashboard and the REST findings, one
 *       request after another; prints p50/p95 per kind.
 * </ul>
 *
 * Every line it prints starts with {@code probe:} so that the script can pick them out.
 */
public final class PortalProbe {

  private static final String AUTH = Http.basic("officer", "Officer#2026");
  // Sample lines are longer than a printed line: 28 source lines fill about one page.
  private static final int LINES_PER_PAGE = 28;

  private final String base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private boolean signedIn;

  private PortalProbe(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  public static void main(String[] args) throws Exception {
    PortalProbe probe = new PortalProbe(args[1]);
    switch (args[0]) {
      case "upload" -> {
        int runs = Integer.parseInt(args[2]);
        for (int i = 3; i < args.length; i++) {
          probe.uploadToFindings(Integer.parseInt(args[i]), runs);
        }
      }
      case "latency" -> probe.latency(Integer.parseInt(args[2]));
      default -> throw new IllegalArgumentException("upload | latency, not " + args[0]);
    }
  }

  private void uploadToFindings(int pages, int runs) throws Exception {
    long vendor = organisationId("sakura-ai");
    List<Long> millis = new ArrayList<>();
    int actualPages = 0;
    for (int run = 0; run < runs; run++) {
      byte[] pdf = new ContractPdfWriter().write(contractText(pages, run));
      long t0 = System.nanoTime();
      long id = upload(vendor, pdf, "bench " + pages + "p " + System.nanoTime());
      JsonObject version;
      while (true) {
        version = json(get("api/v1/contracts/" + id)).getJsonObject("latestVersion");
        String status = version.getString("status");
        if (status.equals("ANALYSED")) {
          break;
        }
        if (status.equals("FAILED")) {
          throw new IllegalStateException("analysis failed: " + version);
        }
        Thread.sleep(50);
      }
      int findings = json(get("api/v1/contracts/" + id + "/findings")).toString().length();
      millis.add((System.nanoTime() - t0) / 1_000_000);
      actualPages = version.getInt("pageCount");
      if (findings < 10) {
        throw new IllegalStateException("no findings for contract " + id);
      }
    }
    Collections.sort(millis);
    System.out.printf(
        "probe: upload-to-findings pages=%d median_ms=%d min_ms=%d max_ms=%d runs=%d%n",
        actualPages, millis.get(millis.size() / 2), millis.get(0), millis.get(runs - 1), runs);
  }

  private void latency(int requests) throws Exception {
    List<Long> ids = ContractIds.all(this::get);
    long contract = ids.get(ids.size() / 2);
    String[][] targets = {
      {"page:contract-list", "app/contracts/list.xhtml"},
      {"page:findings", "app/findings/view.xhtml?contract=" + contract},
      {"page:dashboard", "app/dashboard.xhtml"},
      {"rest:findings", "api/v1/contracts/" + contract + "/findings"},
      {"rest:contract-list", "api/v1/contracts"}
    };
    for (String[] t : targets) {
      get(t[1]); // warm this page once
      List<Long> micros = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        long t0 = System.nanoTime();
        get(t[1]);
        micros.add((System.nanoTime() - t0) / 1000);
      }
      Collections.sort(micros);
      System.out.printf(
          "probe: latency %s contracts=%d p50_ms=%.1f p95_ms=%.1f n=%d%n",
          t[0], ids.size(), pct(micros, 50), pct(micros, 95), requests);
    }
  }

  private static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1000.0;
  }

  /** Labelled sample contracts, concatenated until the text fills about {@code pages} pages. */
  private static String contractText(int pages, int run) throws Exception {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("contracts-templates/samples"))) {
      List<Path> ja = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      for (int i = 0; lines.size() < pages * LINES_PER_PAGE; i++) {
        lines.addAll(Files.readAllLines(ja.get((i + run) % ja.size())));
      }
    }
    // Unique per run, so that the upload is never recognised as a duplicate of an earlier one.
    return String.join("\n", lines.subList(0, Math.min(lines.size(), pages * LINES_PER_PAGE)))
        + "\n(bench "
        + System.nanoTime()
        + ")\n";
  }

  private long upload(long vendor, byte[] pdf, String title) throws Exception {
    String boundary = "----bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] f :
        new String[][] {
          {"vendorOrganisation", String.valueOf(vendor)},
          {"title", title},
          {"procurementModel", "M2"}
        }) {
      body.write(
          ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                  .formatted(boundary, f[0], f[1]))
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .formatted(boundary)
            .getBytes(StandardCharsets.UTF_8));
    body.write(pdf);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "api/v1/contracts"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (!signedIn) {
      b.header("Authorization", AUTH);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new IllegalStateException("upload -> " + r.statusCode() + " " + r.body());
    }
    return json(r.body()).getJsonNumber("contractId").longValue();
  }

  private long organisationId(String code) throws Exception {
    return Json.createReader(new StringReader(get("api/v1/organisations"))).readArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> code.equals(o.getString("code", "")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /**
   * Basic credentials only until the session cookie signs this client in: with Basic on every
   * request each one would be a login, and the probe would time PBKDF2 instead of the page.
   */
  private String get(String path) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
    if (!signedIn) {
      b.header("Authorization", AUTH);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " -> " + r.statusCode());
    }
    signedIn = true;
    return r.body();
  }
}
