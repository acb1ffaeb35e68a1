package jp.shinsa.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.fixtures.hostile.HostileCorpus;
import jp.shinsa.fixtures.hostile.HostileFile;
import jp.shinsa.fixtures.hostile.Scale;
import jp.shinsa.testsupport.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole hostile corpus (over 200 malformed or hostile PDFs, {@link HostileCorpus}) posted
 * through the REST upload endpoint by several concurrent clients, into one portal process with a
 * bounded heap, while a supplier of another organisation uploads an ordinary contract and reads its
 * findings. Every hostile file must end in a clear outcome (refused with a problem+json code, or
 * accepted and its analysis ANALYSED or FAILED with a reason, none left pending), the node must
 * answer /health/live throughout, its used heap (sampled from /metrics) must stay under the limit
 * with no OutOfMemoryError, and the bystander's contract must be judged exactly as when alone.
 *
 * <p>Not Arquillian: the test starts Payara Micro itself so that it can fix -Xmx and watch the
 * process. Skipped when PostgreSQL is not reachable on 127.0.0.1:5432.
 */
class HostileUploadIT {

  private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
  private static final String OFFICER = Http.basic("officer", "Officer#2026");
  private static final String SUPPLIER = Http.basic("supplier.sakura", "Supplier#2026");
  private static final Scale SCALE = Scale.UNIT_TEST;
  private static final int CLIENTS = 4;
  private static final long MAX_HEAP = 512L << 20;

  /** MicroProfile Metrics 5 (Payara 6) Prometheus name, with or without the old base_ prefix. */
  private static final Pattern USED_HEAP =
      Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})?\\s+(\\S+)");

  private static PortalNode node;
  private static Http http;

  /** How one hostile file ended. */
  private record Outcome(HostileFile file, int status, String code, Long contractId, String note) {
    @Override
    public String toString() {
      return file.name() + " -> " + status + " " + code + " " + note;
    }
  }

  @BeforeAll
  static void startOneNodeWithABoundedHeap() throws Exception {
    assumeTrue(PortalNode.listening(5432), "PostgreSQL is not reachable on 127.0.0.1:5432");
    String schema = "shinsa_it_" + System.currentTimeMillis() + "_hostile";
    try (Connection c = DriverManager.getConnection(PG, "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    Path work = Path.of("target", "hostile-upload-it", schema).toAbsolutePath();
    node =
        PortalNode.startAlone(
            "hostile-node",
            work,
            List.of(
                "-Dshinsa.db.url=" + PG + "?currentSchema=" + schema,
                "-Dshinsa.db.user=postgres",
                "-Dshinsa.demo.seed=true",
                "-Dshinsa.analysis.poll-seconds=1",
                // The corpus is built against this page limit (the unit test's scale).
                "-Dshinsa.upload.max-pages=" + SCALE.maxPages(),
                "-Dpdfbox.fontcache=" + work));
    node.awaitReady(Duration.ofMinutes(4));
    http = new Http(new URL(node.base()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void everyHostileUploadEndsClearlyWhileTheServerStaysUpAndOthersAreUnaffected() throws Exception {
    long started = System.nanoTime();
    List<HostileFile> corpus = HostileCorpus.generate(SCALE);
    assertTrue(corpus.size() >= 200, "at least 200 hostile files: " + corpus.size());
    long vendor = http.organisationId("fuji-cloud", OFFICER);
    String bystanderText =
        Files.readString(Path.of("contracts-templates/samples/ja-m1-tos-02.txt"));

    // The bystander's contract judged on a quiet server, for comparison.
    long alone = bystanderUpload(bystanderText + "\n（単独）\n");
    Map<String, String> expected = awaitFindings(alone, Duration.ofMinutes(2));

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong peakHeap = new AtomicLong();
    List<String> liveFailures = new CopyOnWriteArrayList<>();
    AtomicLong probes = new AtomicLong();
    Thread watcher =
        new Thread(
            () -> {
              while (running.get()) {
                watch(peakHeap, liveFailures, probes);
                sleep(500);
              }
            },
            "heap-and-liveness");
    watcher.start();

    Queue<HostileFile> todo = new ConcurrentLinkedQueue<>(corpus);
    List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int i = 0; i < CLIENTS; i++) {
      clients.submit(
          () -> {
            HostileFile f;
            while ((f = todo.poll()) != null) {
              outcomes.add(upload(f, vendor));
            }
          });
    }
    // Meanwhile the bystander uploads the same contract again and reads its earlier findings.
    long during = bystanderUpload(bystanderText + "\n（同時）\n");
    List<Integer> bystanderReads = new ArrayList<>();
    while (!clients.isTerminated()) {
      bystanderReads.add(
          http.get("api/v1/contracts/" + alone + "/findings", SUPPLIER).statusCode());
      clients.shutdown();
      clients.awaitTermination(2, TimeUnit.SECONDS);
    }
    long uploadedAt = System.nanoTime();

    // Every accepted hostile file reaches an end state: analysed, or failed with a reason.
    List<Outcome> settled = new ArrayList<>();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    for (Outcome o : outcomes) {
      settled.add(o.contractId() == null ? o : settle(o, deadline));
    }
    Map<String, String> duringFindings = awaitFindings(during, Duration.ofMinutes(2));
    running.set(false);
    watcher.join(10_000);
    watch(peakHeap, liveFailures, probes);

    Map<String, Long> summary =
        settled.stream()
            .collect(
                Collectors.groupingBy(
                    o -> o.status() + " " + o.code(), TreeMap::new, Collectors.counting()));
    Map<String, Long> failedWith =
        settled.stream()
            .filter(o -> o.code().equals("FAILED"))
            .collect(
                Collectors.groupingBy(
                    o -> o.note().split(" ", 2)[0], TreeMap::new, Collectors.counting()));
    System.out.printf(
        "HostileUploadIT: %d files via %d clients, upload phase %d s, total %d s; outcomes %s (FAILED by code %s);"
            + " peak used heap %d MB of -Xmx %d MB (%d samples); bystander reads %s%n",
        corpus.size(),
        CLIENTS,
        (uploadedAt - started) / 1_000_000_000,
        (System.nanoTime() - started) / 1_000_000_000,
        summary,
        failedWith,
        peakHeap.get() >> 20,
        MAX_HEAP >> 20,
        probes.get(),
        bystanderReads.stream()
            .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())));

    assertEquals(corpus.size(), settled.size(), "every file answered");
    List<String> unclear = settled.stream().filter(o -> !clear(o)).map(Outcome::toString).toList();
    assertTrue(unclear.isEmpty(), "unclear outcomes: " + unclear);
    List<String> unexpected =
        settled.stream()
            .filter(o -> o.status() >= 400 && o.file().knowable())
            .filter(o -> !o.file().accepted().contains(o.code()))
            // An empty body is refused by the upload endpoint itself, before the parser sees it.
            .filter(o -> !(o.file().bytes().length == 0 && o.code().equals("INVALID_REQUEST")))
            .map(o -> o + " (expected " + o.file().accepted() + ")")
            .toList();
    assertTrue(unexpected.isEmpty(), "refused with another code than the parser's: " + unexpected);

    assertTrue(node.isAlive(), "the node survived");
    assertTrue(liveFailures.isEmpty(), "/health/live answered throughout: " + liveFailures);
    assertEquals(200, http.get("health/live", null).statusCode(), "alive afterwards");
    assertTrue(probes.get() > 0 && peakHeap.get() > 0, "heap was sampled from /metrics");
    assertTrue(peakHeap.get() < MAX_HEAP, "used heap stayed under -Xmx");
    assertFalse(
        Files.readString(node.log()).contains("OutOfMemoryError"), "no OutOfMemoryError logged");

    assertTrue(
        bystanderReads.stream().allMatch(s -> s == 200), "bystander read: " + bystanderReads);
    assertEquals(expected, duringFindings, "the bystander's contract judged as when alone");
  }

  /** A refusal with a code, or an accepted file whose analysis ended (FAILED with a reason). */
  private static boolean clear(Outcome o) {
    if (o.status() >= 400 && o.status() < 500) {
      return o.code() != null && !o.code().isBlank();
    }
    return (o.status() == 202 || o.status() == 200)
        && (o.code().equals("ANALYSED") || (o.code().equals("FAILED") && !o.note().isBlank()));
  }

  private static Outcome upload(HostileFile f, long vendor) {
    try {
      HttpResponse<String> r = http.uploadContract(OFFICER, vendor, f.name(), "M2", f.bytes());
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (r.statusCode() == 202 || r.statusCode() == 200) {
        long id = json(r.body()).getJsonNumber("contractId").longValue();
        return new Outcome(f, r.statusCode(), "QUEUED", id, "");
      }
      String code =
          type.startsWith("application/problem+json") ? json(r.body()).getString("code", "") : "";
      return new Outcome(f, r.statusCode(), code, null, type + " " + r.body());
    } catch (RuntimeException e) {
      return new Outcome(f, 0, "", null, "no answer: " + e);
    }
  }

  /** Polls the contract until its analysis has ended or the deadline passes. */
  private static Outcome settle(Outcome o, long deadline) {
    while (true) {
      JsonObject v =
          json(http.get("api/v1/contracts/" + o.contractId(), OFFICER).body())
              .getJsonObject("latestVersion");
      String status = v.getString("status");
      if (status.equals("ANALYSED") || status.equals("FAILED")) {
        // JSON-B leaves out null fields.
        String reason = v.getString("errorCode", "") + " " + v.getString("statusMessage", "");
        return new Outcome(o.file(), o.status(), status, o.contractId(), reason.trim());
      }
      if (System.nanoTime() > deadline) {
        return new Outcome(o.file(), o.status(), "STUCK:" + status, o.contractId(), "");
      }
      sleep(500);
    }
  }

  private static long bystanderUpload(String text) {
    HttpResponse<String> r =
        http.uploadContract(
            SUPPLIER, null, "bystander terms", "M1", new ContractPdfWriter().write(text));
    assertEquals(202, r.statusCode(), r.body());
    return json(r.body()).getJsonNumber("contractId").longValue();
  }

  /** Waits until the contract is analysed and returns item → status of its findings. */
  private static Map<String, String> awaitFindings(long contract, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      HttpResponse<String> r = http.get("api/v1/contracts/" + contract + "/findings", SUPPLIER);
      assertEquals(200, r.statusCode(), r.body());
      JsonObject findings = json(r.body());
      if (findings.getString("status").equals("ANALYSED")) {
        Map<String, String> items = new TreeMap<>();
        for (JsonValue f : findings.getJsonArray("findings")) {
          items.put(f.asJsonObject().getString("itemId"), f.asJsonObject().getString("status"));
        }
        assertFalse(items.isEmpty(), "contract " + contract + " has findings");
        return items;
      }
      assertTrue(System.nanoTime() < deadline, "contract " + contract + " analysed in time");
      sleep(500);
    }
  }

  /** One sample: /health/live must answer 200; used heap from /metrics raises the peak. */
  private static void watch(AtomicLong peak, List<String> liveFailures, AtomicLong probes) {
    try {
      HttpResponse<String> live = http.get("health/live", null);
      if (live.statusCode() != 200) {
        liveFailures.add(live.statusCode() + " " + live.body());
      }
      Matcher m = USED_HEAP.matcher(http.get("metrics", null).body());
      if (m.find()) {
        peak.accumulateAndGet((long) Double.parseDouble(m.group(1)), Math::max);
        probes.incrementAndGet();
      }
    } catch (RuntimeException e) {
      liveFailures.add("no answer: " + e.getCause());
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
