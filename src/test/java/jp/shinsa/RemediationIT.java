package jp.shinsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.shinsa.application.identity.AccountService;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.identity.UserAccountRepository;
import jp.shinsa.domain.organisation.OrganisationRepository;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.persistence.DatabaseMigration;
import jp.shinsa.testsupport.Deployments;
import jp.shinsa.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Review and remediation end to end in a real Payara: automatic items from an analysis, a fixed
 * version moving them to "fixed — verify", every workflow state with history and audit trail,
 * optimistic locking, tenant isolation between vendors, and a trail row tampered with in the
 * database being reported by verification. One class so that Payara boots once; the order matters
 * only for the last two tests (the tampering must come after everything that writes the trail).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public class RemediationIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");
  private static final String VENDOR_SAKURA = Http.basic("vendor.sakura", "Vendor#2026");
  private static final String VENDOR_FUJI = Http.basic("vendor.fuji", "Vendor#2026");
  private static final String ADMIN = Http.basic("admin", "Admin#2026");
  private static final String APPROVER = "remediation.approver";
  private static final String APPROVER_PASSWORD = "Approver#2026";
  private static final String TAMPERED_ACTOR = "tampered-in-db";

  private static final Path V1 = Path.of("src/test/resources/jp/shinsa/remediation-v1.txt");
  private static final Path V2 = Path.of("src/test/resources/jp/shinsa/remediation-v2.txt");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar().addClasses(ContractPdfWriter.class, Multipart.class);
  }

  @ArquillianResource URL base;

  @Inject AccountService accounts;
  @Inject UserAccountRepository users;
  @Inject OrganisationRepository organisations;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  // ---- in the container -------------------------------------------------------------------

  @Test
  @Order(0)
  void aSecondOfficerExistsToApproveWaivers() {
    if (users.findByUsername(APPROVER).isEmpty()) {
      accounts.create(
          APPROVER,
          "承認 太郎",
          APPROVER_PASSWORD.toCharArray(),
          organisations.findByCode("demo-agency").orElseThrow(),
          Set.of(Role.OFFICER));
    }
    assertTrue(users.findByUsername(APPROVER).isPresent());
  }

  // ---- as a client --------------------------------------------------------------------------

  @Test
  @Order(1)
  @RunAsClient
  void gapsInTrainingUseAndAuditBecomeItemsThatAFixedVersionMovesToFixedVerify() throws Exception {
    long contract = upload(Files.readString(V1), "学習利用と監査の是正 " + UUID.randomUUID());
    JsonObject training = awaitItem(contract, "IN-USE-02", "OPEN");
    JsonObject audit = awaitItem(contract, "AUD-02", "OPEN");
    assertEquals("UNFAVOURABLE", training.getString("findingOutcome"));
    assertEquals("MISSING", audit.getString("findingOutcome"));
    assertTrue(training.getBoolean("automatic"));
    assertFalse(training.getString("problemJa").isBlank());
    assertFalse(training.getString("problemEn").isBlank());
    assertTrue(
        items(contract, OFFICER).stream()
            .map(v -> v.asJsonObject().getString("itemId"))
            .allMatch(id -> id.startsWith("AUD-") || id.startsWith("IN-") || id.equals("PI-04")),
        "only audit and input-data items are proposed automatically");

    uploadVersion(contract, Files.readString(V2), OFFICER);
    JsonObject trainingFixed = awaitItem(contract, "IN-USE-02", "FIXED_IN_VERSION");
    JsonObject auditFixed = awaitItem(contract, "AUD-02", "FIXED_IN_VERSION");
    assertEquals(2, trainingFixed.getInt("fixedInVersion"));
    assertEquals(2, auditFixed.getInt("fixedInVersion"));
    assertTrue(
        lastHistoryNote(trainingFixed).contains("fixed in version 2"),
        trainingFixed.getJsonArray("history").toString());
    // An item the new version still leaves open is not touched.
    assertEquals("OPEN", item(contract, "AUD-05").getString("state"));

    // The officer verifies with one action.
    JsonObject verified =
        transition(trainingFixed, OFFICER, Json.createObjectBuilder().add("action", "VERIFY"));
    assertEquals("VERIFIED", verified.getString("state"));
  }

  @Test
  @Order(2)
  @RunAsClient
  void anItemWalksThroughEveryStateWithHistoryAndTrail() throws Exception {
    long contract = upload(Files.readString(V1), "状態遷移の確認 " + UUID.randomUUID());
    JsonObject item = awaitItem(contract, "IN-USE-06", "OPEN");
    long id = item.getJsonNumber("id").longValue();

    item =
        put(
            "api/v1/remediation-items/" + id + "/plan",
            OFFICER,
            Json.createObjectBuilder()
                .add("version", item.getJsonNumber("version").longValue())
                .add("owner", "officer")
                .add("vendorContact", "legal@sakura.example")
                .add("dueDate", "2027-01-31")
                .add("priority", "HIGH")
                .build());
    assertEquals("2027-01-31", item.getString("dueDate"));
    assertEquals("HIGH", item.getString("priority"));

    item = transition(item, OFFICER, action("SEND", "保存期間を定めてください"));
    assertEquals("SENT_TO_VENDOR", item.getString("state"));
    item =
        transition(
            get(id, VENDOR_SAKURA),
            VENDOR_SAKURA,
            action("PROPOSE", "案を送ります").add("wording", "乙は、入力データを契約終了後30日以内に削除する。"));
    assertEquals("VENDOR_PROPOSED", item.getString("state"));
    item = transition(item, OFFICER, action("RETURN", "期間の起算点が不明確です"));
    assertEquals("SENT_TO_VENDOR", item.getString("state"));
    item =
        transition(
            item,
            VENDOR_SAKURA,
            action("PROPOSE", "修正案").add("wording", "乙は、入力データを利用目的の達成後30日以内に削除し、その旨を甲に書面で報告する。"));
    item = transition(item, OFFICER, action("AGREE", "合意"));
    assertEquals("AGREED", item.getString("state"));
    item = transition(item, OFFICER, action("VERIFY", "署名版で確認"));
    assertEquals("VERIFIED", item.getString("state"));
    item = transition(item, OFFICER, action("REOPEN", "署名版に反映漏れ"));
    assertEquals("REOPENED", item.getString("state"));

    // A waiver needs an approver other than the requester.
    HttpResponse<String> selfApproved =
        post(
            "api/v1/remediation-items/" + id + "/transitions",
            OFFICER,
            action("WAIVE", "受容する")
                .add("approver", "officer")
                .add("version", item.getJsonNumber("version").longValue())
                .build());
    assertEquals(422, selfApproved.statusCode(), selfApproved.body());
    item =
        transition(
            get(id, OFFICER), OFFICER, action("WAIVE", "代替の運用措置で担保する").add("approver", APPROVER));
    assertEquals("WAIVED", item.getString("state"));
    assertEquals(APPROVER, item.getString("waiverApprover"));
    item = transition(item, OFFICER, action("REOPEN", "措置が不十分"));
    assertEquals("REOPENED", item.getString("state"));

    // Not every move exists: a reopened item cannot be agreed at once.
    HttpResponse<String> illegal =
        post(
            "api/v1/remediation-items/" + id + "/transitions",
            OFFICER,
            action("AGREE", "x").add("version", item.getJsonNumber("version").longValue()).build());
    assertEquals(409, illegal.statusCode(), illegal.body());
    assertEquals("ILLEGAL_TRANSITION", json(illegal.body()).getString("code"));

    List<String> states =
        item.getJsonArray("history").stream()
            .map(v -> v.asJsonObject().getString("toState"))
            .toList();
    assertEquals(
        List.of(
            "OPEN",
            "OPEN",
            "SENT_TO_VENDOR",
            "VENDOR_PROPOSED",
            "SENT_TO_VENDOR",
            "VENDOR_PROPOSED",
            "AGREED",
            "VERIFIED",
            "REOPENED",
            "WAIVED",
            "REOPENED"),
        states,
        "creation, the plan edit and every transition, in order");
    JsonObject waived = item.getJsonArray("history").getJsonObject(9);
    assertEquals("officer", waived.getString("actor"));
    assertTrue(waived.getString("note").contains(APPROVER));
    assertEquals(2, item.getJsonArray("comments").size(), "both proposals are in the thread");
    assertEquals(
        "vendor.sakura", item.getJsonArray("comments").getJsonObject(0).getString("author"));

    HttpResponse<String> trail =
        new Http(base).get("api/v1/remediation-items/" + id + "/trail", OFFICER);
    assertEquals(200, trail.statusCode(), trail.body());
    List<String> actions =
        jsonArray(trail.body()).stream().map(v -> v.asJsonObject().getString("action")).toList();
    assertEquals(
        List.of(
            "remediation.proposed",
            "remediation.planned",
            "remediation.sent",
            "remediation.vendor-proposed",
            "remediation.returned",
            "remediation.vendor-proposed",
            "remediation.agreed",
            "remediation.verified",
            "remediation.reopened",
            "remediation.waived",
            "remediation.reopened"),
        actions);
    JsonObject proposal = jsonArray(trail.body()).getJsonObject(3);
    assertEquals("vendor.sakura", proposal.getString("actor"));
    assertEquals("sakura-ai", proposal.getString("organisation"));
  }

  @Test
  @Order(3)
  @RunAsClient
  void theSecondOfTwoConcurrentEditorsIsToldWhoChangedTheItem() throws Exception {
    long contract = upload(Files.readString(V1), "同時編集 " + UUID.randomUUID());
    JsonObject loaded = awaitItem(contract, "IN-USE-07", "OPEN");
    long id = loaded.getJsonNumber("id").longValue();
    long seen = loaded.getJsonNumber("version").longValue();
    String approverAuth = Http.basic(APPROVER, APPROVER_PASSWORD);

    HttpResponse<String> first =
        post(
            "api/v1/remediation-items/" + id + "/transitions",
            approverAuth,
            action("SEND", "先に送付").add("version", seen).build());
    assertEquals(200, first.statusCode(), first.body());
    HttpResponse<String> second =
        put(
            "api/v1/remediation-items/" + id + "/plan",
            OFFICER,
            Json.createObjectBuilder().add("version", seen).add("owner", "officer").build(),
            true);
    assertEquals(409, second.statusCode(), second.body());
    JsonObject problem = json(second.body());
    assertEquals("CONCURRENT_CHANGE", problem.getString("code"));
    assertTrue(problem.getString("detail").contains(APPROVER), problem.getString("detail"));
    JsonObject now = get(id, OFFICER);
    assertEquals("SENT_TO_VENDOR", now.getString("state"), "the first change is kept");
    assertTrue(absent(now, "owner"), "nothing of the refused change is stored");
  }

  @Test
  @Order(4)
  @RunAsClient
  void aVendorCannotSeeOrActOnAnotherVendorsItems() throws Exception {
    long contract = upload(Files.readString(V1), "テナント分離 " + UUID.randomUUID());
    JsonObject item = awaitItem(contract, "IN-USE-08", "OPEN");
    long id = item.getJsonNumber("id").longValue();
    Http http = new Http(base);
    assertEquals(
        404,
        http.get("api/v1/remediation-items/" + id, VENDOR_SAKURA).statusCode(),
        "not even the own vendor sees an item before it is sent");
    item = transition(item, OFFICER, action("SEND", "ご確認ください"));

    assertEquals(200, http.get("api/v1/remediation-items/" + id, VENDOR_SAKURA).statusCode());
    assertTrue(
        ids(jsonArray(http.get("api/v1/remediation-items", VENDOR_SAKURA).body())).contains(id));

    assertFalse(
        ids(jsonArray(http.get("api/v1/remediation-items", VENDOR_FUJI).body())).contains(id));
    assertTrue(
        jsonArray(http.get("api/v1/remediation-items?contract=" + contract, VENDOR_FUJI).body())
            .isEmpty());
    assertEquals(404, http.get("api/v1/remediation-items/" + id, VENDOR_FUJI).statusCode());
    assertEquals(
        404, http.get("api/v1/remediation-items/" + id + "/trail", VENDOR_FUJI).statusCode());
    assertEquals(
        404,
        post(
                "api/v1/remediation-items/" + id + "/transitions",
                VENDOR_FUJI,
                action("PROPOSE", "x").add("wording", "y").build())
            .statusCode());
    assertEquals(
        404,
        post(
                "api/v1/remediation-items/" + id + "/comments",
                VENDOR_FUJI,
                Json.createObjectBuilder().add("text", "見えるはずがない").build())
            .statusCode());
    assertEquals(
        404,
        http.get("api/v1/contracts/" + contract + "/report?format=json", VENDOR_FUJI).statusCode());
    assertEquals(
        404,
        http.get("api/v1/contracts/" + contract + "/reviewed-findings", VENDOR_FUJI).statusCode());
    // The vendor may answer, but not run the buyer's workflow.
    HttpResponse<String> vendorVerifies =
        post(
            "api/v1/remediation-items/" + id + "/transitions",
            VENDOR_SAKURA,
            action("WAIVE", "x").add("approver", "officer").build());
    assertEquals(403, vendorVerifies.statusCode(), vendorVerifies.body());
    assertEquals("SENT_TO_VENDOR", get(id, OFFICER).getString("state"));
  }

  @Test
  @Order(5)
  @RunAsClient
  void anOverrideIsShownAsSuchAndOpensAnItemForACoveredGap() throws Exception {
    long contract = upload(Files.readString(V2), "審査の上書き " + UUID.randomUUID());
    awaitItem(contract, "AUD-05", "OPEN");
    Http http = new Http(base);
    JsonObject before = reviewed(contract, "AUD-03");
    assertEquals("SATISFIED", before.getString("effectiveOutcome"));
    assertTrue(absent(before, "remediationItemId"));

    HttpResponse<String> noReason =
        post(
            "api/v1/contracts/" + contract + "/findings/AUD-03/review",
            OFFICER,
            Json.createObjectBuilder()
                .add("decision", "OVERRIDDEN")
                .add("outcome", "PARTIAL")
                .build());
    assertEquals(422, noReason.statusCode(), noReason.body());
    HttpResponse<String> r =
        post(
            "api/v1/contracts/" + contract + "/findings/AUD-03/review",
            OFFICER,
            Json.createObjectBuilder()
                .add("decision", "OVERRIDDEN")
                .add("outcome", "PARTIAL")
                .add("reason", "遠隔監査の範囲が限定されている")
                .build());
    assertEquals(201, r.statusCode(), r.body());

    JsonObject after = reviewed(contract, "AUD-03");
    assertEquals("SATISFIED", after.getString("engineOutcome"));
    assertEquals("PARTIAL", after.getString("effectiveOutcome"));
    assertTrue(after.getBoolean("overridden"));
    assertEquals("OPEN", after.getString("remediationState"));
    assertEquals("PARTIAL", item(contract, "AUD-03").getString("findingOutcome"));
    assertEquals(
        403,
        post(
                "api/v1/contracts/" + contract + "/findings/AUD-02/review",
                VENDOR_SAKURA,
                Json.createObjectBuilder().add("decision", "CONFIRMED").build())
            .statusCode());

    HttpResponse<byte[]> csv =
        http.getBytes("api/v1/contracts/" + contract + "/report?format=csv&lang=ja", OFFICER);
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.contains("AUD-03"), text);
  }

  @Test
  @Order(6)
  @RunAsClient
  void thePagesRenderForEachSideAndHideOtherVendorsItems() throws Exception {
    long contract = upload(Files.readString(V1), "画面表示 " + UUID.randomUUID());
    JsonObject item = awaitItem(contract, "AUD-02", "OPEN");
    long id = item.getJsonNumber("id").longValue();
    transition(item, OFFICER, action("SEND", "ご対応ください"));
    Http http = new Http(base);

    HttpResponse<String> dashboard = http.get("app/remediation/dashboard.xhtml", OFFICER);
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("vendorChart"), "charts are on the dashboard");
    HttpResponse<String> list =
        http.get("app/remediation/list.xhtml?contract=" + contract, OFFICER);
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains("item-AUD-02"));
    // The list reads one page in the database, narrowed there by contract and state.
    assertTrue(
        http.get(
                "app/remediation/list.xhtml?contract=" + contract + "&state=SENT_TO_VENDOR",
                OFFICER)
            .body()
            .contains("item-AUD-02"));
    assertFalse(
        http.get("app/remediation/list.xhtml?contract=" + contract + "&state=VERIFIED", OFFICER)
            .body()
            .contains("item-AUD-02"));
    assertFalse(
        http.get("app/remediation/list.xhtml?contract=" + contract + "&state=NO_SUCH", OFFICER)
            .body()
            .contains("item-AUD-02"));
    HttpResponse<String> findings =
        http.get("app/findings/view.xhtml?contract=" + contract, OFFICER);
    assertEquals(200, findings.statusCode());
    assertTrue(findings.body().contains("finding-IN-USE-02"));
    assertTrue(findings.body().contains("report?format=pdf"));
    HttpResponse<String> page = http.get("app/remediation/item.xhtml?id=" + id, OFFICER);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("AUD-02"));

    HttpResponse<String> vendorPage =
        http.get("app/remediation/item.xhtml?id=" + id, VENDOR_SAKURA);
    assertEquals(200, vendorPage.statusCode());
    assertTrue(vendorPage.body().contains("item:wording"), "the vendor can propose wording");
    HttpResponse<String> otherVendor = http.get("app/remediation/item.xhtml?id=" + id, VENDOR_FUJI);
    assertTrue(otherVendor.body().contains("notFound"), "another vendor sees nothing");
    assertFalse(otherVendor.body().contains("item:wording"));
    assertFalse(
        http.get("app/remediation/list.xhtml", VENDOR_FUJI).body().contains("?id=" + id + "\""),
        "another vendor's list does not link the item");
    assertFalse(
        http.get("app/findings/view.xhtml?contract=" + contract, VENDOR_FUJI)
            .body()
            .contains("finding-IN-USE-02"));
    assertEquals(200, http.get("app/admin/audit.xhtml", ADMIN).statusCode());
  }

  @Test
  @Order(7)
  @RunAsClient
  void theTrailIsIntactBeforeAnyoneTampersWithIt() {
    HttpResponse<String> r = new Http(base).get("api/v1/audit/verify", ADMIN);
    assertEquals(200, r.statusCode(), r.body());
    JsonObject v = json(r.body());
    assertTrue(v.getBoolean("intact"), r.body());
    assertTrue(v.getInt("entriesChecked") > 20, r.body());
    assertEquals(403, new Http(base).get("api/v1/audit/verify", OFFICER).statusCode());
  }

  @Test
  @Order(8)
  void aTrailRowIsChangedDirectlyInTheDatabase() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      long seq;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT MIN(seq_no) FROM audit_entry WHERE action_code = 'remediation.waived'")) {
        assertTrue(rs.next());
        seq = rs.getLong(1);
      }
      try (PreparedStatement p =
          c.prepareStatement("UPDATE audit_entry SET actor = ? WHERE seq_no = ?")) {
        p.setString(1, TAMPERED_ACTOR);
        p.setLong(2, seq);
        assertEquals(1, p.executeUpdate());
      }
    }
  }

  @Test
  @Order(9)
  @RunAsClient
  void verificationReportsTheTamperedEntryAsTheFirstBreak() {
    Http http = new Http(base);
    long tampered =
        jsonArray(http.get("api/v1/audit?max=1000", ADMIN).body()).stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("actor").equals(TAMPERED_ACTOR))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("sequenceNumber")
            .longValue();
    JsonObject v = json(http.get("api/v1/audit/verify", ADMIN).body());
    assertFalse(v.getBoolean("intact"));
    JsonObject b = v.getJsonObject("firstBreak");
    assertNotNull(b);
    assertEquals(tampered, b.getJsonNumber("sequenceNumber").longValue());
    assertEquals("HASH_MISMATCH", b.getString("problem"));
    assertEquals(tampered - 1, v.getInt("entriesChecked"));
  }

  // ---- helpers ------------------------------------------------------------------------------

  private long sakuraId() {
    return jsonArray(new Http(base).get("api/v1/organisations", OFFICER).body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals("sakura-ai"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long upload(String text, String title) {
    byte[] pdf = new ContractPdfWriter().write(title + "\n\n" + text);
    Multipart m = new Multipart();
    m.file("file", "contract.pdf", pdf);
    m.field("vendorOrganisation", String.valueOf(sakuraId()));
    m.field("title", title);
    m.field("procurementModel", "M1");
    HttpResponse<String> r = send(m.request(new Http(base).uri("api/v1/contracts"), OFFICER));
    assertEquals(202, r.statusCode(), r.body());
    return json(r.body()).getJsonNumber("contractId").longValue();
  }

  @Test
  @Order(10)
  @RunAsClient
  void theItemListIsReadPageByPageWithItsTotalAndNarrowedByState() {
    Http http = new Http(base);
    HttpResponse<String> first = http.get("api/v1/remediation-items?limit=2", OFFICER);
    assertEquals(200, first.statusCode(), first.body());
    long total = Long.parseLong(first.headers().firstValue("X-Total-Count").orElseThrow());
    assertTrue(total > 2, "the earlier tests opened items: " + total);
    assertEquals(2, jsonArray(first.body()).size());
    assertTrue(
        first.headers().allValues("Link").stream().anyMatch(l -> l.contains("rel=\"next\"")),
        "a next page is linked");

    List<Long> walked =
        http.all("api/v1/remediation-items?limit=2", OFFICER).stream()
            .map(o -> o.getJsonNumber("id").longValue())
            .toList();
    assertEquals(total, walked.size());
    assertEquals(total, walked.stream().distinct().count(), "no item on two pages");

    List<JsonObject> open = http.all("api/v1/remediation-items?state=open&limit=3", OFFICER);
    assertFalse(open.isEmpty());
    assertTrue(open.stream().allMatch(o -> o.getString("state").equals("OPEN")), open::toString);
    assertTrue(open.size() < total, "other states are left out");

    HttpResponse<String> badPage = http.get("api/v1/remediation-items?offset=-1", OFFICER);
    assertEquals(400, badPage.statusCode());
    assertEquals("INVALID_PAGE", json(badPage.body()).getString("code"));
    HttpResponse<String> badState = http.get("api/v1/remediation-items?state=DONE-ISH", OFFICER);
    assertEquals(400, badState.statusCode());
    assertEquals("INVALID_STATE", json(badState.body()).getString("code"));
  }

  private void uploadVersion(long contract, String text, String auth) {
    byte[] pdf = new ContractPdfWriter().write(text);
    Multipart m = new Multipart();
    m.file("file", "contract-v2.pdf", pdf);
    HttpResponse<String> r =
        send(m.request(new Http(base).uri("api/v1/contracts/" + contract + "/versions"), auth));
    assertEquals(202, r.statusCode(), r.body());
  }

  private HttpResponse<String> send(HttpRequest request) {
    return new Http(base).send(request);
  }

  private JsonArray items(long contract, String auth) {
    HttpResponse<String> r =
        new Http(base).get("api/v1/remediation-items?contract=" + contract, auth);
    assertEquals(200, r.statusCode(), r.body());
    return jsonArray(r.body());
  }

  private JsonObject item(long contract, String itemId) {
    return items(contract, OFFICER).stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("itemId").equals(itemId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no remediation item for " + itemId));
  }

  /** Waits for the background analysis and the remediation reaction to it. */
  private JsonObject awaitItem(long contract, String itemId, String state) {
    return await(
        () ->
            items(contract, OFFICER).stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("itemId").equals(itemId))
                .filter(o -> o.getString("state").equals(state))
                .findFirst()
                .orElse(null),
        itemId + " in state " + state + " for contract " + contract);
  }

  private static <T> T await(Supplier<T> probe, String what) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("never saw " + what);
  }

  private JsonObject reviewed(long contract, String itemId) {
    HttpResponse<String> r =
        new Http(base).get("api/v1/contracts/" + contract + "/reviewed-findings", OFFICER);
    assertEquals(200, r.statusCode(), r.body());
    return jsonArray(r.body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("itemId").equals(itemId))
        .findFirst()
        .orElseThrow();
  }

  private JsonObject get(long id, String auth) {
    HttpResponse<String> r = new Http(base).get("api/v1/remediation-items/" + id, auth);
    assertEquals(200, r.statusCode(), r.body());
    return json(r.body());
  }

  private static jakarta.json.JsonObjectBuilder action(String action, String note) {
    return Json.createObjectBuilder().add("action", action).add("note", note);
  }

  /** Moves the item as seen (its version is sent along) and returns the new state. */
  private JsonObject transition(JsonObject seen, String auth, jakarta.json.JsonObjectBuilder body) {
    long id = seen.getJsonNumber("id").longValue();
    HttpResponse<String> r =
        post(
            "api/v1/remediation-items/" + id + "/transitions",
            auth,
            body.add("version", seen.getJsonNumber("version").longValue()).build());
    assertEquals(200, r.statusCode(), r.body());
    return json(r.body());
  }

  private HttpResponse<String> post(String path, String auth, JsonObject body) {
    return send(
        HttpRequest.newBuilder(new Http(base).uri(path))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build());
  }

  private JsonObject put(String path, String auth, JsonObject body) {
    HttpResponse<String> r = put(path, auth, body, true);
    assertEquals(200, r.statusCode(), r.body());
    return json(r.body());
  }

  private HttpResponse<String> put(String path, String auth, JsonObject body, boolean raw) {
    return send(
        HttpRequest.newBuilder(new Http(base).uri(path))
            .header("Authorization", auth)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build());
  }

  /** JSON-B leaves null fields out. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static String lastHistoryNote(JsonObject item) {
    JsonArray h = item.getJsonArray("history");
    return h.getJsonObject(h.size() - 1).getString("note", "");
  }

  private static List<Long> ids(JsonArray items) {
    return items.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static JsonArray jsonArray(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  /** A multipart/form-data body (also used by the browser test to file its contract). */
  public static final class Multipart {
    private final String boundary = "----shinsa" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public void field(String name, String value) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
              + value
              + "\r\n");
    }

    public void file(String name, String fileName, byte[] content) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: application/pdf\r\n\r\n");
      out.writeBytes(content);
      write("\r\n");
    }

    public HttpRequest request(java.net.URI uri, String auth) {
      write("--" + boundary + "--\r\n");
      return HttpRequest.newBuilder(uri)
          .header("Authorization", auth)
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
          .build();
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
