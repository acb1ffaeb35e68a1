package jp.shinsa.cluster;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.testsupport.ContractIds;
import jp.shinsa.testsupport.Http;

/**
 * Closed-loop load: N virtual users, each with its own cookie jar and Basic credentials (as a
 * browser keeps its session), browse the contract list, contract viewer, findings, remediation list
 * and dashboard pages and the contracts, findings and clause trees over REST with a think time
 * between clicks, while one background client uploads a new contract every few seconds. Prints
 * p50/p95/p99 latency and errors per kind of request.
 *
 * <p>By default a user sends Basic credentials until its session cookie signs it in; with {@code
 * -Dload.basicEveryRequest=true} every request carries them (each one is then a login).
 *
 * <p>Usage: {@code LoadGenerator <base-url> [users=50] [seconds=60] [thinkMs=1000]
 * [warmupSeconds=10] [uploadEveryMs=3000]}; run by bench/load/run-load.sh with the test classpath.
 */
public final class LoadGenerator {

  private static final String AUTH = Http.basic("officer", "Officer#2026");

  private final String base;
  private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
  private final Map<String, String> firstError = new ConcurrentHashMap<>();
  private volatile List<Long> contracts = List.of();
  private volatile boolean recording;
  private volatile boolean running = true;
  private final boolean basicEveryRequest = Boolean.getBoolean("load.basicEveryRequest");

  private LoadGenerator(String base) {
    this.base = base.endsWith("/") ? base : base + "/";
  }

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080/";
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int thinkMs = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    int uploadEveryMs = args.length > 5 ? Integer.parseInt(args[5]) : 3000;
    new LoadGenerator(base).run(users, seconds, thinkMs, warmup, uploadEveryMs);
  }

  private void run(int users, int seconds, int thinkMs, int warmup, int uploadEveryMs)
      throws Exception {
    HttpClient setup = client();
    List<String> samples = samples();
    contracts = listContracts(setup);
    long vendor = sakuraId(setup);
    for (int i = contracts.size(); i < 10; i++) {
      upload(setup, vendor, samples, false);
    }
    contracts = listContracts(setup);
    System.out.printf(
        "load: %s users=%d seconds=%d think=%dms warmup=%ds uploadEvery=%dms contracts=%d%n",
        base, users, seconds, thinkMs, warmup, uploadEveryMs, contracts.size());

    // People sign in one after another, not all in the same millisecond; each login writes the
    // account row (last login), so simultaneous logins of one account collide.
    List<HttpClient> signedIn = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      HttpClient c = client();
      for (int attempt = 0; attempt < 5; attempt++) {
        if (timed(c, "login", "api/v1/me", false)) {
          break;
        }
      }
      signedIn.add(c);
    }
    List<Thread> threads = new ArrayList<>();
    for (HttpClient c : signedIn) {
      threads.add(daemon(() -> browse(c, thinkMs)));
    }
    threads.add(
        daemon(
            () -> {
              HttpClient c = client();
              while (running) {
                try {
                  upload(c, vendor, samples, true);
                  Thread.sleep(uploadEveryMs);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  error("upload", e.toString());
                }
              }
            }));
    Thread.sleep(warmup * 1000L);
    recording = true;
    long start = System.nanoTime();
    Thread.sleep(seconds * 1000L);
    recording = false;
    running = false;
    double elapsed = (System.nanoTime() - start) / 1e9;
    for (Thread t : threads) {
      t.join(70_000);
    }
    report(elapsed);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void browse(HttpClient c, int thinkMs) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    boolean signedIn = true;
    while (running) {
      List<Long> ids = contracts;
      long id = ids.get(r.nextInt(ids.size()));
      int pick = r.nextInt(100);
      String kind;
      String path;
      if (pick < 10) {
        kind = "page:list";
        path = "app/contracts/list.xhtml";
      } else if (pick < 25) {
        kind = "page:contract";
        path = "app/contracts/view.xhtml?id=" + id;
      } else if (pick < 40) {
        kind = "page:findings";
        path = "app/findings/view.xhtml?contract=" + id;
      } else if (pick < 45) {
        kind = "page:remediation";
        path = "app/remediation/list.xhtml";
      } else if (pick < 50) {
        kind = "page:dashboard";
        path = "app/dashboard.xhtml";
      } else if (pick < 60) {
        kind = "rest:list";
        path = "api/v1/contracts";
      } else if (pick < 70) {
        kind = "rest:contract";
        path = "api/v1/contracts/" + id;
      } else if (pick < 90) {
        kind = "rest:findings";
        path = "api/v1/contracts/" + id + "/findings";
      } else {
        kind = "rest:clauses";
        path = "api/v1/contracts/" + id + "/clauses";
      }
      signedIn = timed(c, kind, path, signedIn);
      try {
        Thread.sleep(thinkMs / 2 + r.nextInt(Math.max(1, thinkMs)));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Sends one request, with Basic credentials unless the session cookie already signs this user in
   * (as a browser does after its first authenticated request); returns whether it is signed in.
   */
  private boolean timed(HttpClient c, String kind, String path, boolean signedIn) {
    long t0 = System.nanoTime();
    try {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
      if (!signedIn || basicEveryRequest) {
        b.header("Authorization", AUTH);
      }
      HttpResponse<byte[]> resp = c.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      record(kind, t0);
      if (resp.statusCode() != 200) {
        error(kind, resp.statusCode() + " " + path);
      }
      return resp.statusCode() == 200;
    } catch (Exception e) {
      record(kind, t0);
      error(kind, e + " " + path);
      return false;
    }
  }

  private void upload(HttpClient c, long vendor, List<String> samples, boolean measured)
      throws Exception {
    String text =
        samples.get(ThreadLocalRandom.current().nextInt(samples.size()))
            + "\n(load "
            + System.nanoTime()
            + ")\n";
    byte[] pdf = new ContractPdfWriter().write(text);
    String boundary = "----load" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    for (var f :
        Map.of(
                "vendorOrganisation",
                String.valueOf(vendor),
                "title",
                "load " + System.nanoTime(),
                "procurementModel",
                "M1")
            .entrySet()) {
      head.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(f.getKey())
          .append("\"\r\n\r\n")
          .append(f.getValue())
          .append("\r\n");
    }
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"load.pdf\"\r\n")
        .append("Content-Type: application/pdf\r\n\r\n");
    var body = new java.io.ByteArrayOutputStream();
    body.write(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.write(pdf);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    long t0 = System.nanoTime();
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(base + "api/v1/contracts"))
                .header("Authorization", AUTH)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (measured) {
      record("upload", t0);
      if (r.statusCode() != 202) {
        error("upload", r.statusCode() + " " + r.body());
      }
    } else if (r.statusCode() != 202) {
      throw new IllegalStateException("seed upload failed: " + r.statusCode() + " " + r.body());
    }
  }

  private void record(String kind, long t0) {
    if (recording) {
      latencies
          .computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
          .add((System.nanoTime() - t0) / 1000);
    }
  }

  private void error(String kind, String what) {
    if (recording) {
      errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
      firstError.putIfAbsent(kind, what);
    }
  }

  private void report(double elapsed) {
    List<Long> browsing = new ArrayList<>();
    System.out.printf(
        "%-16s %7s %8s %8s %8s %8s %6s%n",
        "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
    for (var e : new TreeMap<>(latencies).entrySet()) {
      List<Long> l = new ArrayList<>(e.getValue());
      if (!e.getKey().equals("upload")) {
        browsing.addAll(l);
      }
      line(e.getKey(), l, errors.getOrDefault(e.getKey(), new AtomicInteger()).get());
    }
    int browseErrors =
        errors.entrySet().stream()
            .filter(e -> !e.getKey().equals("upload"))
            .mapToInt(e -> e.getValue().get())
            .sum();
    line("ALL browsing", browsing, browseErrors);
    System.out.printf(
        "throughput: %.1f browsing requests/s over %.0f s%n", browsing.size() / elapsed, elapsed);
    firstError.forEach((k, v) -> System.out.println("first error " + k + ": " + v));
  }

  private static void line(String kind, List<Long> micros, int errors) {
    Collections.sort(micros);
    System.out.printf(
        "%-16s %7d %8.1f %8.1f %8.1f %8.1f %6d%n",
        kind,
        micros.size(),
        pct(micros, 50),
        pct(micros, 95),
        pct(micros, 99),
        micros.isEmpty() ? 0 : micros.get(micros.size() - 1) / 1000.0,
        errors);
  }

  private static double pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, i)) / 1000.0;
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Every contract the officer sees, page by page: users browse all of them, not the newest. */
  private List<Long> listContracts(HttpClient c) throws Exception {
    return ContractIds.all(path -> get(c, path));
  }

  private long sakuraId(HttpClient c) throws Exception {
    return Json.createReader(new StringReader(get(c, "api/v1/organisations"))).readArray().stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> "sakura-ai".equals(o.getString("code", "")))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private String get(HttpClient c, String path) throws Exception {
    HttpResponse<String> r =
        c.send(
            HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " -> " + r.statusCode());
    }
    return r.body();
  }

  private static List<String> samples() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("contracts-templates/samples"))) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
      return texts;
    }
  }
}
