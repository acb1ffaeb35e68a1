package jp.shinsa.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.testsupport.Http;
import jp.shinsa.testsupport.PrivatePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL crashes and comes back while a client keeps uploading. While it is away every upload
 * is refused with a clear 503 problem+json (code DATABASE_UNAVAILABLE, never a 500 or a stack
 * trace) and readiness reports DOWN; once it is back the same portal process serves again without a
 * restart, and every upload that was acknowledged with 202 is stored and analysed exactly once.
 *
 * <p>The database is a private PostgreSQL server started by the test ({@link PrivatePostgres}),
 * never the machine's shared one. Without PostgreSQL server binaries the test fails; developers
 * without them may pass {@code -Dshinsa.it.skipPrivatePostgres=true} to skip it.
 */
class PgRestartIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");

  /** How long the database stays away at least. */
  private static final Duration OUTAGE = Duration.ofSeconds(8);

  private static PrivatePostgres pg;
  private static PortalNode node;
  private static Http http;

  /** One upload as the client saw it; {@code contractId} only when acknowledged. */
  private record Attempt(
      long startNanos, long endNanos, int status, String type, String body, Long contractId) {
    boolean acknowledged() {
      return contractId != null;
    }

    boolean within(long from, long to) {
      return startNanos >= from && endNanos <= to;
    }

    @Override
    public String toString() {
      return status + " " + type + " " + body.replaceAll("\\s+", " ");
    }
  }

  @BeforeAll
  static void startPrivatePostgresAndOnePortal() throws Exception {
    assumeFalse(
        Boolean.getBoolean(PrivatePostgres.SKIP_PROPERTY),
        PrivatePostgres.SKIP_PROPERTY + "=true: PostgreSQL restart test skipped on request");
    Optional<Path> bin = PrivatePostgres.binaries();
    if (bin.isEmpty()) {
      fail(
          "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin;"
              + " install the postgresql package, set -D"
              + PrivatePostgres.BIN_PROPERTY
              + "=<dir>, or skip with -D"
              + PrivatePostgres.SKIP_PROPERTY
              + "=true");
    }
    pg = PrivatePostgres.start(bin.get(), "shinsa");
    Path work = Path.of("target", "pg-restart-it", "run-" + System.currentTimeMillis());
    node =
        PortalNode.startAlone(
            "pg-restart-node",
            work.toAbsolutePath(),
            List.of(
                "-Dshinsa.db.url=" + pg.jdbcUrl("shinsa"),
                "-Dshinsa.db.user=postgres",
                "-Dshinsa.demo.seed=true",
                "-Dshinsa.analysis.poll-seconds=1",
                "-Dshinsa.analysis.lease-seconds=20",
                "-Dpdfbox.fontcache=" + work.toAbsolutePath()));
    node.awaitReady(Duration.ofMinutes(4));
    http = new Http(new URL(node.base()));
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (node != null) {
        node.close();
      }
    } finally {
      if (pg != null) {
        pg.close();
      }
    }
  }

  @Test
  void uploadsDuringAnOutageAreRefusedClearlyAndNothingAcknowledgedIsLost() throws Exception {
    long vendor = http.organisationId("sakura-ai", OFFICER);
    String text = Files.readString(Path.of("contracts-templates/samples/ja-m1-tos-02.txt"));
    List<Attempt> attempts = new CopyOnWriteArrayList<>();
    AtomicBoolean uploading = new AtomicBoolean(true);
    Thread client =
        new Thread(
            () -> {
              while (uploading.get()) {
                attempts.add(upload(vendor, text));
                pause(200);
              }
            },
            "uploader");
    client.start();
    try {
      await(
          "three uploads acknowledged before the outage",
          Duration.ofSeconds(120),
          () -> count(attempts, a -> a.acknowledged()) >= 3);

      long downAt = System.nanoTime();
      pg.stopServer(true);
      List<String> readiness = new ArrayList<>();
      List<Integer> liveness = new ArrayList<>();
      await(
          "the outage lasted " + OUTAGE + " and three uploads were tried wholly inside it",
          Duration.ofSeconds(90),
          () -> {
            readiness.add(probe("health/ready"));
            liveness.add(http.get("health/live", null).statusCode());
            return System.nanoTime() - downAt >= OUTAGE.toNanos()
                && count(attempts, a -> a.startNanos() > downAt) >= 3;
          });
      long upAt = System.nanoTime();
      pg.startServer();

      await(
          "readiness UP again after the restart",
          Duration.ofSeconds(90),
          () -> probe("health/ready").startsWith("200"));
      long readyAt = System.nanoTime();
      await(
          "five uploads acknowledged after the restart, same portal process",
          Duration.ofSeconds(90),
          () -> count(attempts, a -> a.acknowledged() && a.startNanos() > readyAt) >= 5);
      uploading.set(false);
      client.join(180_000);

      Map<String, Long> byPhase =
          attempts.stream()
              .collect(
                  Collectors.groupingBy(
                      a ->
                          (a.endNanos() < downAt
                                  ? "before"
                                  : a.within(downAt, upAt)
                                      ? "down"
                                      : a.startNanos() > readyAt ? "after" : "transition")
                              + " "
                              + a.status(),
                      TreeMap::new,
                      Collectors.counting()));
      System.out.printf(
          "PgRestartIT: outage %d ms, uploads by phase %s, readiness while down %s%n",
          (upAt - downAt) / 1_000_000, byPhase, readiness.get(0));

      assertTrue(node.isAlive(), "the portal process was never restarted");
      assertTrue(
          readiness.stream().anyMatch(r -> r.startsWith("503") && r.contains("\"DOWN\"")),
          "readiness DOWN while the database was away: " + readiness);
      assertTrue(liveness.stream().allMatch(s -> s == 200), "alive throughout: " + liveness);
      List<Attempt> during = attempts.stream().filter(a -> a.within(downAt, upAt)).toList();
      assertTrue(during.size() >= 3, "uploads tried during the outage: " + during.size());
      for (Attempt a : during) {
        assertEquals(503, a.status(), "refused while down: " + a);
        assertTrue(a.body().contains("\"DATABASE_UNAVAILABLE\""), "says why: " + a);
      }
      // Around the two transitions a request may still succeed or fail; either way it must be
      // an acknowledgement or the same clear refusal, never a 500.
      for (Attempt a : attempts) {
        if (!a.acknowledged()) {
          assertEquals(503, a.status(), "only acknowledgements or clear refusals: " + a);
          assertTrue(a.type().startsWith("application/problem+json"), a.toString());
        }
      }
    } finally {
      uploading.set(false);
    }

    List<Long> acknowledged =
        attempts.stream().filter(Attempt::acknowledged).map(Attempt::contractId).toList();
    await(
        "every acknowledged upload analysed",
        Duration.ofSeconds(150),
        () -> pending(acknowledged) == 0);
    assertEachAnalysedExactlyOnce(acknowledged);
  }

  private Attempt upload(long vendor, String text) {
    byte[] pdf = new ContractPdfWriter().write(text + "\n（試験番号 " + System.nanoTime() + "）\n");
    long start = System.nanoTime();
    try {
      HttpResponse<String> r =
          http.uploadContract(OFFICER, vendor, "pg restart " + start, "M1", pdf);
      Long id =
          r.statusCode() == 202
              ? Json.createReader(new StringReader(r.body()))
                  .readObject()
                  .getJsonNumber("contractId")
                  .longValue()
              : null;
      return new Attempt(
          start,
          System.nanoTime(),
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.body(),
          id);
    } catch (RuntimeException e) {
      return new Attempt(start, System.nanoTime(), 0, "", "no answer: " + e.getCause(), null);
    }
  }

  /**
   * Every acknowledged upload has exactly one version, ANALYSED, with each checklist item judged
   * once, and the same judgments as every other copy of the same text (a retried or half-run
   * analysis would show up as duplicates or as a different set).
   */
  private static void assertEachAnalysedExactlyOnce(List<Long> contracts) throws Exception {
    Map<Long, Map<String, String>> judgments = new HashMap<>();
    try (Connection c = pg.connect("shinsa");
        PreparedStatement versions =
            c.prepareStatement("SELECT id, status FROM contract_version WHERE contract_id = ?");
        PreparedStatement findings =
            c.prepareStatement(
                "SELECT item_id, outcome FROM finding WHERE contract_version_id = ?")) {
      for (long contract : contracts) {
        versions.setLong(1, contract);
        long version;
        try (ResultSet rs = versions.executeQuery()) {
          assertTrue(rs.next(), "acknowledged contract " + contract + " is stored");
          version = rs.getLong(1);
          assertEquals("ANALYSED", rs.getString(2), "contract " + contract);
          assertFalse(rs.next(), "one version per upload, contract " + contract);
        }
        findings.setLong(1, version);
        Map<String, String> items = new TreeMap<>();
        try (ResultSet rs = findings.executeQuery()) {
          while (rs.next()) {
            assertEquals(
                null,
                items.put(rs.getString(1), rs.getString(2)),
                "item " + rs.getString(1) + " judged twice in version " + version);
          }
        }
        assertFalse(items.isEmpty(), "version " + version + " has findings");
        judgments.put(contract, items);
      }
    }
    Map<String, String> reference = judgments.values().iterator().next();
    judgments.forEach(
        (contract, items) -> assertEquals(reference, items, "contract " + contract + " judged"));
  }

  private static long pending(List<Long> contracts) {
    try (Connection c = pg.connect("shinsa");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM contract_version WHERE status <> 'ANALYSED'"
                    + " AND contract_id = ANY (?)")) {
      s.setArray(1, c.createArrayOf("bigint", contracts.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String probe(String path) {
    try {
      HttpResponse<String> r = http.get(path, null);
      return r.statusCode() + " " + r.body().replaceAll("\\s+", " ");
    } catch (RuntimeException e) {
      return "no answer: " + e.getCause();
    }
  }

  private static long count(
      List<Attempt> attempts, java.util.function.Predicate<Attempt> predicate) {
    return attempts.stream().filter(predicate).count();
  }

  /** Polls (every 250 ms) until the condition holds; fails with {@code what} after the timeout. */
  private static void await(String what, Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail("not within " + timeout + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
