package jp.shinsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.shinsa.application.identity.AccountService;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.identity.UserAccountRepository;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationKind;
import jp.shinsa.domain.organisation.OrganisationRepository;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.testsupport.Deployments;
import jp.shinsa.testsupport.FormSession;
import jp.shinsa.testsupport.Http;
import jp.shinsa.testsupport.OpenApiEndpoints;
import jp.shinsa.testsupport.OpenApiEndpoints.Operation;
import jp.shinsa.testsupport.RestRoles;
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
 * Tenant and role isolation, swept rather than sampled: organisation A (demo-agency buying from
 * sakura-ai) owns a contract, a remediation item sent to the vendor, a questionnaire with evidence
 * and the supplier's own terms, and the supplier's self-assessment (a questionnaire answered in
 * advance, with evidence). Every REST operation the portal publishes in its OpenAPI document and
 * every JSF page under {@code /app} is then tried with A's ids by users who must not see them:
 * another vendor, another supplier, an officer of another agency, and each of A's own users whose
 * role the operation does not admit. Nothing of A may come back and no mutation may succeed. The
 * self-assessment is the supplier's alone: A's own officer and vendor staff are tried on it too.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IsolationSweepIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");
  private static final String VENDOR_SAKURA = Http.basic("vendor.sakura", "Vendor#2026");
  private static final String SUPPLIER_SAKURA = Http.basic("supplier.sakura", "Supplier#2026");
  private static final String OTHER_AGENCY_USER = "it.isolation.other-officer";
  private static final String OTHER_AGENCY_PASSWORD = "Other#2026";
  private static final String OTHER_SUPPLIER_USER = "it.isolation.other-supplier";
  private static final String OTHER_SUPPLIER_PASSWORD = "OtherSupplier#2026";

  /** The variants of A's ids: the officer's contract, the supplier's terms, its self-assessment. */
  private static final List<String> VARIANTS = List.of("officer", "supplier", "self");

  /** A user, the role it holds, and whether it belongs to organisation A's side. */
  private record Caller(String name, String password, String role, boolean ownSide) {
    String auth() {
      return Http.basic(name, password);
    }
  }

  private static final List<Caller> CALLERS =
      List.of(
          new Caller("vendor.fuji", "Vendor#2026", "VENDOR", false),
          new Caller(OTHER_AGENCY_USER, OTHER_AGENCY_PASSWORD, "OFFICER", false),
          new Caller(OTHER_SUPPLIER_USER, OTHER_SUPPLIER_PASSWORD, "SUPPLIER", false),
          new Caller("officer", "Officer#2026", "OFFICER", true),
          new Caller("vendor.sakura", "Vendor#2026", "VENDOR", true),
          new Caller("supplier.sakura", "Supplier#2026", "SUPPLIER", true),
          new Caller("admin", "Admin#2026", "ADMIN", true));

  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{(\\w+)}");

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar();
  }

  @ArquillianResource URL base;

  @Inject OrganisationRepository organisations;
  @Inject AccountService accounts;
  @Inject UserAccountRepository users;
  @Inject Clock clock;

  @jakarta.annotation.Resource jakarta.transaction.UserTransaction transaction;

  /** A's data, set up once by the first client test. */
  private static Fixture a;

  // ---- in the container: a second agency -----------------------------------------------------

  @Test
  @Order(1)
  void aSecondAgencyWithItsOwnOfficerExists() throws Exception {
    if (users.findByUsername(OTHER_AGENCY_USER).isEmpty()) {
      transaction.begin();
      Organisation agency =
          organisations
              .findByCode("it-iso-other-agency")
              .orElseGet(
                  () ->
                      organisations.save(
                          new Organisation(
                              "it-iso-other-agency",
                              "分離試験庁",
                              "Isolation Test Agency",
                              OrganisationKind.AGENCY,
                              clock.instant())));
      accounts.create(
          OTHER_AGENCY_USER,
          "Isolation Other Officer",
          OTHER_AGENCY_PASSWORD.toCharArray(),
          agency,
          Set.of(Role.OFFICER));
      transaction.commit();
    }
    if (users.findByUsername(OTHER_SUPPLIER_USER).isEmpty()) {
      transaction.begin();
      accounts.create(
          OTHER_SUPPLIER_USER,
          "Isolation Other Supplier",
          OTHER_SUPPLIER_PASSWORD.toCharArray(),
          organisations.findByCode("fuji-cloud").orElseThrow(),
          Set.of(Role.SUPPLIER));
      transaction.commit();
    }
    assertTrue(users.findByUsername(OTHER_AGENCY_USER).isPresent());
    assertTrue(users.findByUsername(OTHER_SUPPLIER_USER).isPresent());
  }

  // ---- REST ---------------------------------------------------------------------------------

  @Test
  @Order(2)
  @RunAsClient
  void noRestOperationShowsOrChangesAnotherOrganisationsDataOrIgnoresItsRoles() throws Exception {
    Fixture data = fixture();
    Http http = new Http(base);
    URL root = new URL(base, "/openapi");
    HttpResponse<String> doc = http.send(HttpRequest.newBuilder(root.toURI()).GET().build());
    assertEquals(200, doc.statusCode(), "the OpenAPI document is served at " + root);
    List<Operation> operations = OpenApiEndpoints.parse(doc.body());
    assertTrue(
        operations.stream().anyMatch(o -> o.path().equals("contracts/{id}")),
        "the OpenAPI document lists the contract endpoints: " + operations);
    RestRoles roles = RestRoles.scan("jp.shinsa.interfaces.rest");

    List<String> failures = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    List<String> answeredForA = new ArrayList<>();
    int requests = 0;
    for (Operation op : operations) {
      Set<String> admitted =
          roles
              .of(op.method(), op.path())
              .orElseThrow(
                  () ->
                      new AssertionError("no resource method declares " + op + ": roles unknown"));
      for (String contract : VARIANTS) {
        if (contract.equals("self") && !Fixture.aboutQuestionnaires(op.path())) {
          continue; // elsewhere the self variant's ids are the supplier variant's
        }
        Map<String, String> ids = data.ids(contract, op.path());
        String path = substitute(op.path(), ids);
        for (Caller caller : CALLERS) {
          boolean roleAdmitted = admitted.contains("*") || admitted.contains(caller.role());
          boolean selfOnly = false;
          if (caller.ownSide() && roleAdmitted) {
            if (!contract.equals("self") || caller.role().equals("SUPPLIER")) {
              continue; // entitled to A's data by design
            }
            // A's officer, vendor staff and admin may see A's other data, not its self-assessment.
            selfOnly = true;
          }
          Fixture marks = selfOnly ? data.selfAssessmentOnly() : data;
          for (String query : queries(op, data, contract)) {
            HttpResponse<byte[]> r = call(http, op.method(), path + query, caller.auth(), false);
            if (r.statusCode() == 415) {
              // Resource matching checks the media type before the role: send what a form sends.
              r = call(http, op.method(), path + query, caller.auth(), true);
            }
            requests++;
            statuses.merge(op.method() + " " + r.statusCode(), 1, Integer::sum);
            String what = op.method() + " " + path + query + " as " + caller.name();
            judge(what, r, roleAdmitted, !ids.isEmpty(), marks, failures);
            if (!ids.isEmpty() && r.statusCode() == 200) {
              answeredForA.add(what);
            }
          }
        }
      }
    }
    System.out.printf(
        "isolation sweep: %d operations, %d requests, statuses %s%n",
        operations.size(), requests, statuses);
    System.out.println("answered 200 (without A's marks) on paths with A's ids: " + answeredForA);
    // Controls: the same marks are found where A's own users look, so a leak could not hide.
    assertControl(data, http.get("api/v1/contracts/" + data.officerContract, OFFICER).body());
    assertControl(
        data, http.get("api/v1/contracts/" + data.supplierContract, SUPPLIER_SAKURA).body());
    assertControl(data, http.get("api/v1/questionnaires/" + data.questionnaireId, OFFICER).body());
    assertControl(
        data.selfAssessmentOnly(),
        http.get("api/v1/questionnaires/" + data.selfAssessmentId, SUPPLIER_SAKURA).body());
    for (String path :
        List.of(
            "api/v1/questionnaires/"
                + data.selfAssessmentId
                + "/questions/"
                + data.selfQuestionNo
                + "/exchange",
            "api/v1/self-assessments")) {
      assertControl(data.selfAssessmentOnly(), http.get(path, SUPPLIER_SAKURA).body());
    }
    assertControl(
        data, http.get("api/v1/remediation-items/" + data.remediationItem, VENDOR_SAKURA).body());
    assertTrue(
        failures.isEmpty(),
        failures.size() + " isolation failures:\n" + String.join("\n", failures));
  }

  /**
   * Refused by role must mean 401/403. Otherwise any refusal will do, but a success may not carry
   * A's data, a mutation may not succeed at all, and a server error is not "indistinguishable from
   * a missing id".
   */
  private static void judge(
      String what,
      HttpResponse<byte[]> r,
      boolean roleAdmitted,
      boolean aSpecificPath,
      Fixture data,
      List<String> failures) {
    int status = r.statusCode();
    String body = new String(r.body(), StandardCharsets.UTF_8);
    String leaked = data.leakIn(r.body(), body);
    if (leaked != null) {
      failures.add("LEAK " + what + " -> " + status + " contains " + leaked);
      return;
    }
    if (!roleAdmitted && status != 401 && status != 403) {
      failures.add("ROLE " + what + " -> " + status + " (expected 401/403)");
      return;
    }
    boolean mutation = !what.startsWith("GET ") && !what.startsWith("HEAD ");
    if (status >= 200 && status < 300) {
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (mutation) {
        failures.add("MUTATION " + what + " -> " + status + " succeeded");
      } else if (aSpecificPath && !type.contains("json") && !type.startsWith("text/")) {
        failures.add("LEAK " + what + " -> " + status + " served " + type + " for A's id");
      }
    } else if (status >= 500) {
      failures.add("ERROR " + what + " -> " + status + " " + abbreviate(body));
    }
  }

  /** GETs are tried bare and with A's ids as query filters, since list endpoints filter by them. */
  private static List<String> queries(Operation op, Fixture data, String contract) {
    if (!op.method().equals("GET")) {
      return List.of("");
    }
    return List.of(
        "",
        "?contract="
            + data.contractId(contract)
            + "&questionnaire="
            + data.questionnaire(contract)
            + "&contractId="
            + data.contractId(contract));
  }

  private static String substitute(String template, Map<String, String> ids) {
    Matcher m = PATH_PARAMETER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = ids.get(m.group(1));
      if (value == null) {
        throw new AssertionError(
            "unknown path parameter {" + m.group(1) + "} in " + template + ": teach the sweep");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static HttpResponse<byte[]> call(
      Http http, String method, String path, String auth, boolean multipart) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(http.uri("api/v1/" + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", auth);
    HttpRequest request =
        switch (method) {
          case "GET" -> b.GET().build();
          case "DELETE" -> b.DELETE().build();
          default ->
              multipart
                  ? b.header("Content-Type", "multipart/form-data; boundary=sweep")
                      .method(method, HttpRequest.BodyPublishers.ofString("--sweep--\r\n"))
                      .build()
                  : b.header("Content-Type", "application/json")
                      .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                      .build();
        };
    try {
      return httpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path, e);
    }
  }

  private static java.net.http.HttpClient client;

  private static synchronized java.net.http.HttpClient httpClient() {
    if (client == null) {
      client =
          java.net.http.HttpClient.newBuilder()
              .version(java.net.http.HttpClient.Version.HTTP_1_1)
              .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }
    return client;
  }

  private static void assertControl(Fixture data, String body) {
    assertTrue(
        data.leakIn(body.getBytes(StandardCharsets.UTF_8), body) != null,
        "an entitled user's view carries one of A's marks: " + abbreviate(body));
  }

  // ---- JSF pages ----------------------------------------------------------------------------

  @Test
  @Order(3)
  @RunAsClient
  void noPageShowsAnotherOrganisationsDataAndAdminPagesRefuseNonAdmins() throws Exception {
    Fixture data = fixture();
    Path webapp = Path.of("src/main/webapp");
    List<String> pages;
    try (Stream<Path> files = Files.walk(webapp.resolve("app"))) {
      pages =
          files
              .filter(f -> f.toString().endsWith(".xhtml"))
              .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertTrue(pages.contains("app/contracts/view.xhtml"), "pages found: " + pages);

    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int requests = 0;
    for (Caller caller : CALLERS) {
      if (caller.role().equals("ADMIN")) {
        continue; // the administrator is entitled to the admin pages and not a tenant of A
      }
      FormSession session =
          new FormSession(base.toExternalForm()).login(caller.name(), caller.password());
      for (String page : pages) {
        boolean adminPage = page.startsWith("app/admin/");
        for (String contract : VARIANTS) {
          boolean selfOnly = caller.ownSide() && !adminPage;
          if (contract.equals("self")
              ? !Fixture.aboutQuestionnaires(page) || caller.role().equals("SUPPLIER") && selfOnly
              : selfOnly) {
            continue;
          }
          Fixture marks = selfOnly ? data.selfAssessmentOnly() : data;
          String url = page + "?" + data.pageQuery(page, contract);
          HttpResponse<String> r = session.get(url);
          requests++;
          statuses.merge(r.statusCode(), 1, Integer::sum);
          String what = "GET " + url + " as " + caller.name();
          String leaked = marks.leakIn(r.body().getBytes(StandardCharsets.UTF_8), r.body());
          if (leaked != null) {
            failures.add("LEAK " + what + " -> " + r.statusCode() + " contains " + leaked);
          } else if (adminPage && r.statusCode() != 403) {
            failures.add("ROLE " + what + " -> " + r.statusCode() + " (expected 403)");
          } else if (r.statusCode() >= 500) {
            failures.add("ERROR " + what + " -> " + r.statusCode());
          } else if (r.statusCode() == 302
              && r.headers().firstValue("Location").orElse("").contains("login")) {
            failures.add("SESSION " + what + " -> sent to log in again, page not checked");
          }
        }
      }
    }
    System.out.printf(
        "isolation sweep: %d pages, %d page requests, statuses %s%n",
        pages.size(), requests, statuses);
    FormSession own = new FormSession(base.toExternalForm()).login("officer", "Officer#2026");
    for (String control :
        List.of(
            "app/contracts/view.xhtml?id=" + data.officerContract,
            "app/questionnaires/view.xhtml?id=" + data.questionnaireId)) {
      HttpResponse<String> r = own.get(control);
      assertEquals(200, r.statusCode(), control);
      assertControl(data, r.body());
    }
    FormSession supplier =
        new FormSession(base.toExternalForm()).login("supplier.sakura", "Supplier#2026");
    HttpResponse<String> self =
        supplier.get("app/questionnaires/view.xhtml?id=" + data.selfAssessmentId);
    assertEquals(200, self.statusCode());
    assertControl(data.selfAssessmentOnly(), self.body());
    assertTrue(
        failures.isEmpty(),
        failures.size() + " page isolation failures:\n" + String.join("\n", failures));
  }

  // ---- organisation A's data ----------------------------------------------------------------

  /** Ids and identifying strings of everything organisation A owns. */
  private static final class Fixture {
    long sakura;
    long officerContract;
    long supplierContract;
    long remediationItem;
    String remediationItemId;
    long questionnaireId;
    int questionNo;
    long evidenceId;
    long selfAssessmentId;
    int selfQuestionNo;
    long selfEvidenceId;
    final Map<String, String> marks = new LinkedHashMap<>();
    final Set<String> digests = new java.util.HashSet<>();
    final Map<String, String> selfMarks = new LinkedHashMap<>();
    final Set<String> selfDigests = new java.util.HashSet<>();

    long contractId(String which) {
      return which.equals("officer") ? officerContract : supplierContract;
    }

    /** Paths and pages where a questionnaire id is read: the self variant puts its own there. */
    static boolean aboutQuestionnaires(String pathOrPage) {
      return pathOrPage.startsWith("questionnaires")
          || pathOrPage.startsWith("self-assessments")
          || pathOrPage.startsWith("submissions")
          || pathOrPage.contains("/questionnaires/")
          || pathOrPage.contains("/submission/");
    }

    long questionnaire(String which) {
      return which.equals("self") ? selfAssessmentId : questionnaireId;
    }

    /** Only the self-assessment's marks: what A's officer and vendor staff must not see. */
    Fixture selfAssessmentOnly() {
      Fixture f = new Fixture();
      f.marks.putAll(selfMarks);
      f.digests.addAll(selfDigests);
      return f;
    }

    /**
     * Path parameter values for one operation: the first segment tells whose id {id} is. Returns an
     * empty map for paths without parameters.
     */
    Map<String, String> ids(String which, String path) {
      Map<String, String> ids = new LinkedHashMap<>();
      if (!path.contains("{")) {
        return ids;
      }
      String first = path.split("/")[0];
      String contract = String.valueOf(contractId(which));
      boolean self = which.equals("self");
      ids.put(
          "id",
          switch (first) {
            case "questionnaires", "self-assessments" -> String.valueOf(questionnaire(which));
            case "remediation-items" -> String.valueOf(remediationItem);
            case "organisations" -> String.valueOf(sakura);
            default -> contract;
          });
      ids.put("contractId", contract);
      ids.put("questionnaireId", String.valueOf(questionnaire(which)));
      ids.put("qid", String.valueOf(questionnaire(which)));
      ids.put("itemId", remediationItemId);
      ids.put(
          "no",
          first.equals("questionnaires")
              ? String.valueOf(self ? selfQuestionNo : questionNo)
              : "1");
      ids.put("page", "1");
      ids.put("evidenceId", String.valueOf(self ? selfEvidenceId : evidenceId));
      ids.put("eid", String.valueOf(self ? selfEvidenceId : evidenceId));
      return ids;
    }

    /** The query a page reads its subject from (f:viewParam names in the pages). */
    String pageQuery(String page, String which) {
      String contract = String.valueOf(contractId(which));
      String id =
          page.contains("/remediation/")
              ? String.valueOf(remediationItem)
              : page.contains("/questionnaires/") ? String.valueOf(questionnaire(which)) : contract;
      return "id="
          + id
          + "&contract="
          + contract
          + "&version=1&clause=1&item="
          + remediationItem
          + "&questionnaire="
          + questionnaire(which);
    }

    /** The first of A's identifying strings or file digests found in a response, or null. */
    String leakIn(byte[] raw, String text) {
      for (var mark : marks.entrySet()) {
        if (text.contains(mark.getValue())) {
          return mark.getKey() + " '" + mark.getValue() + "'";
        }
      }
      if (raw.length > 0 && digests.contains(sha256(raw))) {
        return "the bytes of one of A's files";
      }
      return null;
    }
  }

  private synchronized Fixture fixture() throws Exception {
    if (a == null) {
      a = createFixture(new Http(base));
    }
    return a;
  }

  private static Fixture createFixture(Http http) throws Exception {
    Fixture f = new Fixture();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    f.sakura = organisationId(http, "sakura-ai");

    // The officer's contract with sakura: analysed, so remediation items exist.
    String title = "ISO-SWEEP-CONTRACT-" + tag;
    String fileName = "iso-sweep-" + tag + ".pdf";
    byte[] pdf =
        new ContractPdfWriter()
            .write(
                title
                    + "\n\n"
                    + Files.readString(
                        Path.of("src/test/resources/jp/shinsa/remediation-v1.txt"),
                        StandardCharsets.UTF_8));
    HttpResponse<String> upload =
        http.postMultipart(
            "api/v1/contracts",
            OFFICER,
            Map.of(
                "vendorOrganisation",
                String.valueOf(f.sakura),
                "title",
                title,
                "procurementModel",
                "M1"),
            "file",
            fileName,
            pdf);
    assertEquals(202, upload.statusCode(), upload.body());
    f.officerContract = json(upload.body()).getJsonNumber("contractId").longValue();
    f.marks.put("contract title", title);
    f.marks.put("file name", fileName);
    f.marks.put("contract SHA-256", sha256(pdf));
    f.digests.add(sha256(pdf));

    // The supplier's own terms (self-assessment).
    String ownTitle = "ISO-SWEEP-OWN-TERMS-" + tag;
    String ownFile = "iso-sweep-own-" + tag + ".pdf";
    byte[] ownPdf =
        new ContractPdfWriter()
            .write(ownTitle + "\n\n" + sample("ja-m1-tos-02.txt") + "\n(" + tag + ")\n");
    HttpResponse<String> own =
        http.postMultipart(
            "api/v1/contracts",
            SUPPLIER_SAKURA,
            Map.of("title", ownTitle, "procurementModel", "M1"),
            "file",
            ownFile,
            ownPdf);
    assertEquals(202, own.statusCode(), own.body());
    f.supplierContract = json(own.body()).getJsonNumber("contractId").longValue();
    f.marks.put("own terms title", ownTitle);
    f.marks.put("own terms file name", ownFile);
    f.marks.put("own terms SHA-256", sha256(ownPdf));
    f.digests.add(sha256(ownPdf));

    awaitAnalysed(http, OFFICER, f.officerContract);
    awaitAnalysed(http, SUPPLIER_SAKURA, f.supplierContract);

    // A remediation item sent to the vendor.
    JsonObject item = awaitOpenItem(http, f.officerContract);
    HttpResponse<String> sent =
        send(
            http,
            "POST",
            "api/v1/remediation-items/" + item.getJsonNumber("id").longValue() + "/transitions",
            OFFICER,
            Json.createObjectBuilder()
                .add("action", "SEND")
                .add("note", "ISO-SWEEP-NOTE-" + tag)
                .add("version", item.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, sent.statusCode(), sent.body());
    f.remediationItem = item.getJsonNumber("id").longValue();
    f.remediationItemId = item.getString("itemId");
    f.marks.put("remediation note", "ISO-SWEEP-NOTE-" + tag);

    // A questionnaire sent to sakura, with evidence uploaded by the vendor.
    String qTitle = "ISO-SWEEP-QUESTIONNAIRE-" + tag;
    JsonObject sheet = json(http.get("api/v1/high-risk-sheet", OFFICER).body());
    HttpResponse<String> created =
        send(
            http,
            "POST",
            "api/v1/questionnaires",
            OFFICER,
            Json.createObjectBuilder()
                .add("vendorOrganisationId", f.sakura)
                .add("title", qTitle)
                .add("procurementModel", "M1")
                .add("highRisk", lowRisk(sheet))
                .add("extraItems", Json.createArrayBuilder().add("AUD-01"))
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    f.questionnaireId = json(created.body()).getJsonNumber("id").longValue();
    f.marks.put("questionnaire title", qTitle);
    HttpResponse<String> qSent =
        send(http, "POST", "api/v1/questionnaires/" + f.questionnaireId + "/send", OFFICER, "{}");
    assertEquals(200, qSent.statusCode(), qSent.body());
    JsonObject q = json(http.get("api/v1/questionnaires/" + f.questionnaireId, OFFICER).body());
    f.questionNo = q.getJsonArray("questions").getJsonObject(0).getInt("number");
    HttpResponse<String> answered =
        send(
            http,
            "PUT",
            "api/v1/questionnaires/" + f.questionnaireId + "/questions/" + f.questionNo + "/answer",
            VENDOR_SAKURA,
            Json.createObjectBuilder()
                .add("value", "YES")
                .add("explanation", "ISO-SWEEP-ANSWER-" + tag)
                .build()
                .toString());
    assertEquals(200, answered.statusCode(), answered.body());
    f.marks.put("draft answer", "ISO-SWEEP-ANSWER-" + tag);
    String evidenceName = "iso-sweep-evidence-" + tag + ".pdf";
    byte[] evidence =
        ("%PDF-1.4\n% ISO-SWEEP evidence " + tag + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> ev =
        http.postMultipart(
            "api/v1/questionnaires/"
                + f.questionnaireId
                + "/questions/"
                + f.questionNo
                + "/evidence",
            VENDOR_SAKURA,
            Map.of("periodFrom", "2025-04-01", "periodTo", "2026-03-31"),
            "file",
            evidenceName,
            evidence);
    assertEquals(201, ev.statusCode(), ev.body());
    f.evidenceId = json(ev.body()).getJsonNumber("id").longValue();
    f.marks.put("evidence file name", evidenceName);
    f.marks.put("evidence SHA-256", sha256(evidence));
    f.digests.add(sha256(evidence));

    // The supplier's self-assessment of its own terms, answered in advance with evidence.
    String selfTitle = "ISO-SWEEP-SELF-ASSESSMENT-" + tag;
    JsonObject supplierSheet = json(http.get("api/v1/high-risk-sheet", SUPPLIER_SAKURA).body());
    HttpResponse<String> self =
        send(
            http,
            "POST",
            "api/v1/self-assessments",
            SUPPLIER_SAKURA,
            Json.createObjectBuilder()
                .add("title", selfTitle)
                .add("procurementModel", "M1")
                .add("highRisk", lowRisk(supplierSheet))
                .add("contractId", f.supplierContract)
                .build()
                .toString());
    assertEquals(201, self.statusCode(), self.body());
    f.selfAssessmentId = json(self.body()).getJsonNumber("id").longValue();
    f.selfQuestionNo =
        json(self.body()).getJsonArray("questions").getJsonObject(0).getInt("number");
    f.selfMarks.put("self-assessment title", selfTitle);
    String selfPath =
        "api/v1/questionnaires/" + f.selfAssessmentId + "/questions/" + f.selfQuestionNo;
    HttpResponse<String> selfAnswer =
        send(
            http,
            "PUT",
            selfPath + "/answer",
            SUPPLIER_SAKURA,
            Json.createObjectBuilder()
                .add("value", "YES")
                .add("explanation", "ISO-SWEEP-SELF-ANSWER-" + tag)
                .build()
                .toString());
    assertEquals(200, selfAnswer.statusCode(), selfAnswer.body());
    f.selfMarks.put("self-assessment answer", "ISO-SWEEP-SELF-ANSWER-" + tag);
    String selfEvidenceName = "iso-sweep-self-evidence-" + tag + ".pdf";
    byte[] selfEvidence =
        ("%PDF-1.4\n% ISO-SWEEP self evidence " + tag + "\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> selfEv =
        http.postMultipart(
            selfPath + "/evidence",
            SUPPLIER_SAKURA,
            Map.of("periodFrom", "2026-04-01"),
            "file",
            selfEvidenceName,
            selfEvidence);
    assertEquals(201, selfEv.statusCode(), selfEv.body());
    f.selfEvidenceId = json(selfEv.body()).getJsonNumber("id").longValue();
    f.selfMarks.put("self-assessment evidence file name", selfEvidenceName);
    f.selfDigests.add(sha256(selfEvidence));
    // Completed, so that its exchange has an entry for the control and the sweep.
    for (JsonValue v : json(self.body()).getJsonArray("questions")) {
      JsonObject question = v.asJsonObject();
      if (question.getBoolean("required") && question.getInt("number") != f.selfQuestionNo) {
        send(
            http,
            "PUT",
            "api/v1/questionnaires/"
                + f.selfAssessmentId
                + "/questions/"
                + question.getInt("number")
                + "/answer",
            SUPPLIER_SAKURA,
            "{\"value\":\"YES\"}");
      }
    }
    HttpResponse<String> complete =
        send(
            http,
            "POST",
            "api/v1/self-assessments/" + f.selfAssessmentId + "/complete",
            SUPPLIER_SAKURA,
            "{}");
    assertEquals(200, complete.statusCode(), complete.body());
    f.marks.putAll(f.selfMarks);
    f.digests.addAll(f.selfDigests);

    assertFalse(f.marks.isEmpty());
    return f;
  }

  private static void awaitAnalysed(Http http, String who, long contract) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    String status = "";
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r = http.get("api/v1/contracts/" + contract, who);
      assertEquals(200, r.statusCode(), r.body());
      status = json(r.body()).getJsonObject("latestVersion").getString("status");
      if (status.equals("ANALYSED") || status.equals("FAILED")) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals("ANALYSED", status, "contract " + contract + " analysed");
  }

  /** Waits for the remediation reaction to the analysis: an item in state OPEN. */
  private static JsonObject awaitOpenItem(Http http, long contract) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r = http.get("api/v1/remediation-items?contract=" + contract, OFFICER);
      assertEquals(200, r.statusCode(), r.body());
      for (JsonValue v : jsonArray(r.body())) {
        if (v.asJsonObject().getString("state").equals("OPEN")) {
          return v.asJsonObject();
        }
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no open remediation item for contract " + contract);
  }

  private static JsonObject lowRisk(JsonObject sheet) {
    JsonObjectBuilder answers = Json.createObjectBuilder();
    for (JsonValue v : sheet.getJsonArray("viewpoints")) {
      JsonObject viewpoint = v.asJsonObject();
      viewpoint.getJsonArray("options").stream()
          .map(JsonValue::asJsonObject)
          .filter(o -> !o.getBoolean("highRisk"))
          .findFirst()
          .ifPresent(o -> answers.add(viewpoint.getString("code"), o.getString("code")));
    }
    return answers.build();
  }

  private static long organisationId(Http http, String code) {
    return jsonArray(http.get("api/v1/organisations", OFFICER).body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> o.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private static HttpResponse<String> send(
      Http http, String method, String path, String who, String json) {
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", who)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static String sample(String name) throws Exception {
    return Files.readString(Path.of("contracts-templates/samples", name), StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static JsonArray jsonArray(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }
}
