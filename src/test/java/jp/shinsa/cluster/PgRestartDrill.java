package jp.shinsa.cluster;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.testsupport.Http;

/**
 * Restarts PostgreSQL under a running portal while a client keeps uploading, and checks what a user
 * would see: clear errors (problem+json 5xx or 503) and readiness DOWN while the database is away,
 * normal service after, and every upload that was acknowledged (202) present and analysed.
 * Disruptive for everyone on the machine's shared database, so it is a drill run by hand
 * (bench/cluster/pg-restart-drill.sh) through HAProxy; the same outage on a private server of the
 * test's own runs in CI as {@link PgRestartIT}.
 *
 * <p>Usage: {@code PgRestartDrill <base-url> <ready-url>... } with the environment variables
 * PG_STOP / PG_START holding the commands that stop and start the database.
 */
public final class PgRestartDrill {

  private static final String AUTH = Http.basic("officer", "Officer#2026");

  public static void main(String[] args) throws Exception {
    Http http = new Http(new URL(args[0]));
    List<Http> probes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      probes.add(new Http(new URL(args[i])));
    }
    long vendor = http.organisationId("sakura-ai", AUTH);
    String text = Files.readString(Path.of("contracts-templates/samples/ja-m1-tos-02.txt"));
    List<Long> acknowledged = new ArrayList<>();
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, String> examples = new TreeMap<>();
    AtomicBoolean down = new AtomicBoolean();
    List<String> readinessWhileDown = new ArrayList<>();

    long end = System.currentTimeMillis() + 75_000;
    long stopAt = System.currentTimeMillis() + 10_000;
    long startAt = stopAt + 10_000;
    boolean stopped = false;
    boolean started = false;
    while (System.currentTimeMillis() < end) {
      if (!stopped && System.currentTimeMillis() >= stopAt) {
        run(System.getenv().getOrDefault("PG_STOP", "pg_ctlcluster 15 main stop -m fast"));
        stopped = true;
        down.set(true);
        System.out.println("drill: PostgreSQL stopped");
      }
      if (stopped && !started && System.currentTimeMillis() >= startAt) {
        run(System.getenv().getOrDefault("PG_START", "pg_ctlcluster 15 main start"));
        started = true;
        down.set(false);
        System.out.println("drill: PostgreSQL started");
      }
      if (down.get()) {
        for (Http p : probes) {
          try {
            HttpResponse<String> r = p.get("health/ready", null);
            readinessWhileDown.add(r.statusCode() + " " + r.body().replaceAll("\\s+", " "));
          } catch (RuntimeException e) {
            readinessWhileDown.add("no answer: " + e.getCause());
          }
        }
      }
      byte[] pdf = new ContractPdfWriter().write(text + "\n（訓練 " + System.nanoTime() + "）\n");
      String phase = !stopped ? "before" : started ? "after" : "down";
      String outcome;
      try {
        HttpResponse<String> r =
            http.postMultipart(
                "api/v1/contracts",
                AUTH,
                Map.of(
                    "vendorOrganisation",
                    String.valueOf(vendor),
                    "title",
                    "drill " + System.nanoTime(),
                    "procurementModel",
                    "M1"),
                "file",
                "drill.pdf",
                pdf);
        String type = r.headers().firstValue("Content-Type").orElse("");
        outcome = r.statusCode() + " " + type.replaceAll(";.*", "");
        if (r.statusCode() == 202) {
          acknowledged.add(
              Json.createReader(new StringReader(r.body()))
                  .readObject()
                  .getJsonNumber("contractId")
                  .longValue());
        } else {
          examples.putIfAbsent(phase + " " + outcome, r.body());
        }
      } catch (RuntimeException e) {
        outcome = "no response (" + e.getCause() + ")";
      }
      outcomes.merge(phase + ": " + outcome, 1, Integer::sum);
      Thread.sleep(500);
    }
    System.out.println("drill: upload outcomes by phase " + outcomes);
    examples.forEach((k, v) -> System.out.println("drill: example " + k + " -> " + v));
    System.out.println(
        "drill: readiness while down (first 3) "
            + readinessWhileDown.subList(0, Math.min(3, readinessWhileDown.size())));

    // Every acknowledged upload must now be there and analysed.
    long deadline = System.currentTimeMillis() + 180_000;
    int analysed = 0;
    int missing = 0;
    while (System.currentTimeMillis() < deadline) {
      analysed = 0;
      missing = 0;
      for (long id : acknowledged) {
        HttpResponse<String> r = http.get("api/v1/contracts/" + id, AUTH);
        if (r.statusCode() != 200) {
          missing++;
        } else if (r.body().contains("\"ANALYSED\"")) {
          analysed++;
        }
      }
      if (analysed + missing == acknowledged.size()) {
        break;
      }
      Thread.sleep(2000);
    }
    System.out.printf(
        "drill: acknowledged=%d analysed=%d missing=%d%n", acknowledged.size(), analysed, missing);
    System.exit(missing == 0 && analysed == acknowledged.size() ? 0 : 1);
  }

  private static void run(String command) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(command + " failed");
    }
  }
}
