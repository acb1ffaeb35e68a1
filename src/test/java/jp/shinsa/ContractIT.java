package jp.shinsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.contract.ProcessingStatus;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationRepository;
import jp.shinsa.domain.shared.Sha256;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.testsupport.Deployments;
import jp.shinsa.testsupport.FormSession;
import jp.shinsa.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contract ingestion and judgment through the real portal: upload, background analysis, clause tree
 * and findings over REST, bad files refused with nothing stored, versions, tenancy, and recovery of
 * work left behind by a node that died.
 */
@ExtendWith(ArquillianExtension.class)
class ContractIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");
  private static final String VENDOR_SAKURA = Http.basic("vendor.sakura", "Vendor#2026");
  private static final String VENDOR_FUJI = Http.basic("vendor.fuji", "Vendor#2026");
  private static final String SUPPLIER = Http.basic("supplier.sakura", "Supplier#2026");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar();
  }

  @ArquillianResource URL base;

  @PersistenceContext(unitName = "shinsa")
  EntityManager em;

  @Inject UserTransaction tx;
  @Inject OrganisationRepository organisations;

  // ---- in the container -------------------------------------------------------------------

  /**
   * A node claimed this job and died mid-analysis (its lease ran out): the surviving node's worker
   * must take it over and finish it, exactly as after a restart.
   */
  @Test
  void aJobLeftBehindByADeadNodeIsFinishedByTheNextWorker() throws Exception {
    byte[] pdf = new ContractPdfWriter().write(SHORT_JA + "\n第9条（再開試験）" + System.nanoTime() + "\n");
    tx.begin();
    Organisation agency = organisations.findByCode("demo-agency").orElseThrow();
    Organisation vendor = organisations.findByCode("fuji-cloud").orElseThrow();
    Contract contract =
        new Contract(
            agency, vendor, "left behind", ProcurementModel.M1, false, Instant.now(), "officer");
    em.persist(contract);
    ContractVersion version =
        new ContractVersion(
            contract, 1, "left.pdf", pdf, Sha256.hex(pdf), Instant.now(), "officer");
    em.persist(version);
    em.flush();
    long id = version.getId();
    em.createNativeQuery(
            "UPDATE contract_version SET status = 'PROCESSING', lease_owner = 'dead-node',"
                + " lease_until = ?1, attempts = 1 WHERE id = ?2")
        .setParameter(1, Timestamp.from(Instant.now().minusSeconds(5)))
        .setParameter(2, id)
        .executeUpdate();
    tx.commit();

    ContractVersion done = awaitFinished(id);
    assertEquals(ProcessingStatus.ANALYSED, done.getStatus(), done.getStatusMessage());
    assertNotEquals("dead-node", done.getLeaseOwner());
    assertEquals(2, done.getAttempts(), "claimed once more, by the surviving node");
    long findings =
        (Long)
            em.createQuery("SELECT COUNT(f) FROM Finding f WHERE f.contractVersionId = :v")
                .setParameter("v", id)
                .getSingleResult();
    assertTrue(findings > 0);
  }

  private ContractVersion awaitFinished(long id) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      em.clear();
      ContractVersion v = em.find(ContractVersion.class, id);
      if (v.getStatus().isFinished()) {
        return v;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("analysis of version " + id + " did not finish in time");
  }

  // ---- as a client --------------------------------------------------------------------------

  @Test
  @RunAsClient
  void anUploadedContractIsAnalysedAndItsClauseTreeAndFindingsAreServed() throws Exception {
    Http http = new Http(base);
    String text = sample("ja-m1-tos-02.txt") + "\n（試験番号 " + System.nanoTime() + "）\n";
    byte[] pdf =
        new ContractPdfWriter().pageNumbers(ContractPdfWriter.PageNumbers.values()[0]).write(text);
    long sakura = orgId(http, "sakura-ai");

    HttpResponse<String> upload =
        http.postMultipart(
            "api/v1/contracts",
            OFFICER,
            Map.of(
                "vendorOrganisation",
                String.valueOf(sakura),
                "title",
                "利用規約 試験",
                "procurementModel",
                "M1"),
            "file",
            "tos.pdf",
            pdf);
    assertEquals(202, upload.statusCode(), upload.body());
    JsonObject receipt = json(upload.body());
    long contractId = receipt.getJsonNumber("contractId").longValue();
    assertEquals(1, receipt.getInt("versionNo"));
    assertEquals(Sha256.hex(pdf), receipt.getString("sha256"));
    assertTrue(
        upload.headers().firstValue("Location").orElse("").endsWith("/contracts/" + contractId));

    JsonObject contract = awaitAnalysed(http, contractId, OFFICER);
    JsonObject latest = contract.getJsonObject("latestVersion");
    assertEquals("ANALYSED", latest.getString("status"));
    assertEquals(100, latest.getInt("progress"));
    assertEquals("ja", latest.getString("language"));
    assertEquals("M1", latest.getString("suggestedModel"));

    JsonArray tree =
        jsonArray(http.get("api/v1/contracts/" + contractId + "/clauses", OFFICER).body());
    JsonObject article1 =
        tree.stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> "ARTICLE".equals(n.getString("kind")))
            .findFirst()
            .orElseThrow();
    assertEquals("第1条", article1.getString("number"));
    assertEquals("1", article1.getString("path"));
    assertFalse(article1.getString("heading", "").isBlank(), "caption kept as heading");
    assertTrue(
        tree.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(n -> !n.getJsonArray("children").isEmpty()),
        "paragraphs nest under articles");

    JsonObject findings =
        json(http.get("api/v1/contracts/" + contractId + "/findings", OFFICER).body());
    assertEquals("M1", findings.getString("procurementModel"));
    assertFalse(findings.getString("catalogueVersion").isBlank());
    JsonArray items = findings.getJsonArray("findings");
    assertTrue(items.size() > 50, "every item applicable to M1 is judged");
    JsonObject deletion =
        items.stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("itemId").equals("IN-USE-07"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        Set.of("SATISFIED", "PARTIAL", "UNFAVOURABLE", "MISSING")
            .contains(deletion.getString("status")));
    for (JsonValue v : items) {
      JsonObject f = v.asJsonObject();
      if (!f.getString("status").equals("MISSING")) {
        JsonObject e = f.getJsonArray("evidence").getJsonObject(0);
        assertFalse(e.getString("clauseRef").isBlank(), f.getString("itemId") + " cites a clause");
        assertTrue(e.getInt("page") >= 1);
        assertFalse(e.getString("quote").isBlank());
      }
      assertFalse(f.getString("reason").isBlank());
    }

    // The dashboard's open gaps are the gap findings of every listed contract's analysed latest
    // version (kept per version when findings are stored, V10): the same figure, counted here.
    long expectedGaps = 0;
    for (JsonObject c : http.allContracts(OFFICER)) {
      String status = c.getJsonObject("latestVersion").getString("status");
      assertTrue(Set.of("ANALYSED", "FAILED").contains(status), "no analysis running in this test");
      if (status.equals("ANALYSED")) {
        expectedGaps +=
            json(
                    http.get("api/v1/contracts/" + c.getJsonNumber("id") + "/findings", OFFICER)
                        .body())
                .getJsonArray("findings")
                .stream()
                .map(f -> f.asJsonObject().getString("status"))
                .filter(Set.of("PARTIAL", "MISSING", "UNFAVOURABLE")::contains)
                .count();
      }
    }
    assertTrue(expectedGaps > 0);
    assertEquals(
        expectedGaps,
        json(http.get("api/v1/me/dashboard", OFFICER).body())
            .getJsonNumber("openGaps")
            .longValue());

    // An evidence link opens the viewer on its clause: the clause's text as printed and its boxes
    // on the page (text and layout read without the rest of the version row).
    FormSession officer = new FormSession(base.toExternalForm()).login("officer", "Officer#2026");
    HttpResponse<String> viewer =
        officer.get("app/contracts/view.xhtml?id=" + contractId + "&version=1&clause=1");
    assertEquals(200, viewer.statusCode());
    String selected =
        viewer.body().replaceFirst("(?s).*<div class=\"clause-full\">", "").split("</div>", 2)[0];
    assertTrue(selected.startsWith("第1条"), "the selected clause as printed: " + selected);
    assertTrue(viewer.body().contains("class=\"clause-highlight\""), "boxes on the page");

    HttpResponse<byte[]> page =
        http.getBytes("api/v1/contracts/" + contractId + "/versions/1/pages/1", OFFICER);
    assertEquals(200, page.statusCode());
    assertEquals((byte) 0x89, page.body()[0], "a PNG");

    // The same file again is recognised, not stored twice.
    HttpResponse<String> again =
        http.postMultipart(
            "api/v1/contracts",
            OFFICER,
            Map.of("vendorOrganisation", String.valueOf(sakura), "procurementModel", "M1"),
            "file",
            "copy.pdf",
            pdf);
    assertEquals(200, again.statusCode(), again.body());
    assertTrue(json(again.body()).getBoolean("duplicate"));
    assertEquals(contractId, json(again.body()).getJsonNumber("contractId").longValue());

    // A revised file becomes version 2; version 1 is kept.
    byte[] revised = new ContractPdfWriter().write(text + "\n第99条（改訂）本契約は改訂された。\n");
    HttpResponse<String> v2 =
        http.postMultipart(
            "api/v1/contracts/" + contractId + "/versions",
            OFFICER,
            Map.of(),
            "file",
            "tos-v2.pdf",
            revised);
    assertEquals(202, v2.statusCode(), v2.body());
    assertEquals(2, json(v2.body()).getInt("versionNo"));
    JsonArray versions =
        jsonArray(http.get("api/v1/contracts/" + contractId + "/versions", OFFICER).body());
    assertEquals(2, versions.size());
    assertEquals(Sha256.hex(pdf), versions.getJsonObject(0).getString("sha256"));

    // Tenancy: the vendor of the contract sees it, another vendor cannot tell it exists.
    assertEquals(200, http.get("api/v1/contracts/" + contractId, VENDOR_SAKURA).statusCode());
    for (String path :
        new String[] {
          "", "/clauses", "/findings", "/versions", "/versions/1/pages/1", "/versions/1/file"
        }) {
      HttpResponse<String> r = http.get("api/v1/contracts/" + contractId + path, VENDOR_FUJI);
      assertEquals(404, r.statusCode(), path);
    }
    assertTrue(
        http.allContracts(VENDOR_FUJI).stream()
            .noneMatch(c -> c.getJsonNumber("id").longValue() == contractId));
    HttpResponse<String> foreignVersion =
        http.postMultipart(
            "api/v1/contracts/" + contractId + "/versions",
            VENDOR_FUJI,
            Map.of(),
            "file",
            "x.pdf",
            revised);
    assertEquals(404, foreignVersion.statusCode());
  }

  @Test
  @RunAsClient
  void badFilesAreRefusedWithAProblemAndNothingIsStored() {
    Http http = new Http(base);
    long sakura = orgId(http, "sakura-ai");
    long before = http.contractCount(OFFICER);
    byte[] good = new ContractPdfWriter().write(SHORT_JA);
    Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
    bad.put("NOT_PDF", ContractPdfWriter.pngBytes());
    bad.put("CORRUPT", ContractPdfWriter.truncated(good, 0.4));
    bad.put("ENCRYPTED", ContractPdfWriter.encrypted(good, "secret"));
    bad.put("TOO_MANY_PAGES", ContractPdfWriter.blankPages(1001));
    for (var e : bad.entrySet()) {
      HttpResponse<String> r =
          http.postMultipart(
              "api/v1/contracts",
              OFFICER,
              Map.of("vendorOrganisation", String.valueOf(sakura), "procurementModel", "M2"),
              "file",
              "bad.pdf",
              e.getValue());
      assertEquals(422, r.statusCode(), e.getKey() + ": " + r.body());
      assertTrue(
          r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
      assertEquals(e.getKey(), json(r.body()).getString("code"));
      assertFalse(json(r.body()).getString("detail").isBlank());
    }
    HttpResponse<String> noModel =
        http.postMultipart(
            "api/v1/contracts",
            OFFICER,
            Map.of("vendorOrganisation", String.valueOf(sakura)),
            "file",
            "x.pdf",
            good);
    assertEquals(400, noModel.statusCode());
    HttpResponse<String> noFile =
        http.postMultipart(
            "api/v1/contracts",
            OFFICER,
            Map.of("vendorOrganisation", String.valueOf(sakura), "procurementModel", "M1"),
            null,
            null,
            null);
    assertEquals(400, noFile.statusCode());
    assertEquals(before, http.contractCount(OFFICER), "nothing half-stored");
    assertEquals(200, http.get("api/v1/me", OFFICER).statusCode(), "the server stays healthy");
  }

  @Test
  @RunAsClient
  void aSupplierSelfAssessesItsOwnTermsAndVendorsCannotFileContracts() {
    Http http = new Http(base);
    byte[] pdf = new ContractPdfWriter().write(SHORT_EN + "\n(ref " + System.nanoTime() + ")\n");
    HttpResponse<String> r =
        http.postMultipart(
            "api/v1/contracts",
            SUPPLIER,
            Map.of("title", "Our standard terms", "procurementModel", "M1"),
            "file",
            "terms.pdf",
            pdf);
    assertEquals(202, r.statusCode(), r.body());
    long id = json(r.body()).getJsonNumber("contractId").longValue();
    JsonObject c = json(http.get("api/v1/contracts/" + id, SUPPLIER).body());
    assertTrue(c.getBoolean("selfAssessment"));
    assertEquals(orgId(http, "sakura-ai"), c.getJsonNumber("vendorOrganisationId").longValue());
    assertEquals(
        404,
        http.get("api/v1/contracts/" + id, OFFICER).statusCode(),
        "not shared with any agency");
    assertEquals(
        403,
        http.postMultipart(
                "api/v1/contracts",
                VENDOR_SAKURA,
                Map.of("procurementModel", "M1"),
                "file",
                "t.pdf",
                pdf)
            .statusCode());
  }

  @Test
  @RunAsClient
  void theContractListIsServedAPageAtATimeWithTheTotalInAHeader() throws Exception {
    Http http = new Http(base);
    long sakura = orgId(http, "sakura-ai");
    List<Long> uploaded = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> r =
          http.uploadContract(
              OFFICER,
              sakura,
              "paging " + i + " " + System.nanoTime(),
              "M1",
              new ContractPdfWriter().write(SHORT_JA + "\n（頁送り " + System.nanoTime() + "）\n"));
      assertEquals(202, r.statusCode(), r.body());
      uploaded.add(json(r.body()).getJsonNumber("contractId").longValue());
    }
    for (long id : uploaded) {
      awaitAnalysed(http, id, OFFICER); // leaves no analysis running for the other tests
    }
    long total = http.contractCount(OFFICER);
    assertTrue(total >= 3, "total " + total);

    // Newest first, two at a time, following rel="next" until the last page.
    List<Long> seen = new java.util.ArrayList<>();
    String path = "api/v1/contracts?offset=0&limit=2";
    int pages = 0;
    while (path != null) {
      HttpResponse<String> page = http.get(path, OFFICER);
      assertEquals(200, page.statusCode(), page.body());
      assertEquals(String.valueOf(total), page.headers().firstValue("X-Total-Count").orElse(""));
      JsonArray rows = jsonArray(page.body());
      assertTrue(rows.size() >= 1 && rows.size() <= 2, path + " has " + rows.size() + " rows");
      rows.forEach(c -> seen.add(c.asJsonObject().getJsonNumber("id").longValue()));
      String next =
          page.headers().allValues("Link").stream()
              .filter(l -> l.contains("rel=\"next\""))
              .findFirst()
              .orElse(null);
      if (next == null) {
        path = null;
      } else {
        assertTrue(next.contains("offset=" + (2 * (pages + 1))) && next.contains("limit=2"), next);
        path = next.substring(next.indexOf("api/v1/contracts"), next.indexOf('>'));
      }
      pages++;
    }
    assertEquals(total, seen.size(), "every contract once across the pages");
    assertEquals(total, seen.stream().distinct().count());
    assertEquals(
        List.of(uploaded.get(2), uploaded.get(1), uploaded.get(0)),
        seen.subList(0, 3),
        "newest first");

    // Without parameters: the first page of the default size (what clients before paging got
    // while there were fewer contracts); a larger limit than allowed is cut to the maximum.
    assertEquals(
        Math.min(total, 100), jsonArray(http.get("api/v1/contracts", OFFICER).body()).size());
    assertEquals(
        Math.min(total, 500),
        jsonArray(http.get("api/v1/contracts?limit=100000", OFFICER).body()).size());
    assertEquals(
        Math.min(total - 1, 500),
        jsonArray(http.get("api/v1/contracts?offset=1&limit=500", OFFICER).body()).size());
    for (String bad : new String[] {"offset=-1", "limit=0", "limit=-5"}) {
      HttpResponse<String> r = http.get("api/v1/contracts?" + bad, OFFICER);
      assertEquals(400, r.statusCode(), bad);
      assertEquals("INVALID_PAGE", json(r.body()).getString("code"), bad);
    }
  }

  private static JsonObject awaitAnalysed(Http http, long contractId, String auth)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 180_000;
    JsonObject c = null;
    while (System.currentTimeMillis() < deadline) {
      c = json(http.get("api/v1/contracts/" + contractId, auth).body());
      String status = c.getJsonObject("latestVersion").getString("status");
      if (status.equals("ANALYSED") || status.equals("FAILED")) {
        return c;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("not analysed in time: " + c);
  }

  private static long orgId(Http http, String code) {
    return jsonArray(http.get("api/v1/organisations", OFFICER).body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static String sample(String name) throws java.io.IOException {
    return Files.readString(Path.of("contracts-templates/samples", name));
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static JsonArray jsonArray(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  private static final String SHORT_JA =
      "データ処理委託契約書\n"
          + "デモ省（以下「甲」という。）と株式会社さくらAI（以下「乙」という。）は、次のとおり契約を締結する。\n"
          + "第1条（目的）\n本契約は、乙が甲に提供するAIサービスの条件を定める。\n"
          + "第2条（入力データの利用）\n乙は、甲の入力データを本サービスの提供以外の目的に利用してはならない。\n"
          + "２　乙は、甲の入力データを機械学習の学習に利用してはならない。\n"
          + "第3条（監査）\n甲は、乙の入力データの取扱状況について、乙の事業所に立ち入り監査することができる。\n";

  private static final String SHORT_EN =
      "AI SERVICE TERMS\nThese terms are between Sakura AI K.K. (\"Provider\") and the customer (\"Customer\").\n"
          + "1. Purpose\n1.1 Provider provides the AI service to Customer.\n"
          + "2. Customer Data\n2.1 Provider shall not use Customer Data to train any model.\n"
          + "2.2 Provider shall delete Customer Data within 30 days after termination.\n";
}
