package jp.shinsa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jp.shinsa.application.identity.AccountService;
import jp.shinsa.domain.identity.Role;
import jp.shinsa.domain.identity.UserAccountRepository;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.organisation.OrganisationKind;
import jp.shinsa.domain.organisation.OrganisationRepository;
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
 * Questionnaires, cross-check and submission packages in a real Payara Micro, through the REST API
 * as officers, vendors and suppliers of different organisations. One class so that Payara boots
 * once; every test creates its own questionnaires and contracts.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuestionnaireIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");
  private static final String VENDOR_SAKURA = Http.basic("vendor.sakura", "Vendor#2026");
  private static final String VENDOR_FUJI = Http.basic("vendor.fuji", "Vendor#2026");
  private static final String SUPPLIER_SAKURA = Http.basic("supplier.sakura", "Supplier#2026");
  private static final String OTHER_AGENCY_USER = "it.questionnaire.other-officer";
  private static final String OTHER_OFFICER = Http.basic(OTHER_AGENCY_USER, "Other#2026");
  private static final byte[] PDF =
      "%PDF-1.4\n% evidence\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

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

  // ---- in the container: a second agency for the isolation tests ---------------------------

  @Test
  @Order(1)
  void aSecondAgencyWithItsOwnOfficerCanBeRegistered() throws Exception {
    if (users.findByUsername(OTHER_AGENCY_USER).isEmpty()) {
      transaction.begin();
      Organisation agency =
          organisations
              .findByCode("it-q-other-agency")
              .orElseGet(
                  () ->
                      organisations.save(
                          new Organisation(
                              "it-q-other-agency",
                              "別庁",
                              "Other Agency",
                              OrganisationKind.AGENCY,
                              clock.instant())));
      accounts.create(
          OTHER_AGENCY_USER,
          "Other Officer",
          "Other#2026".toCharArray(),
          agency,
          Set.of(Role.OFFICER));
      transaction.commit();
    }
    assertTrue(users.findByUsername(OTHER_AGENCY_USER).isPresent());
  }

  // ---- round trip -----------------------------------------------------------------------------

  @Test
  @Order(2)
  @RunAsClient
  void anOfficerAndAVendorCompleteAQuestionnaireWithAClarificationRound() {
    Http http = new Http(base);
    JsonObject created = createQuestionnaire(http, "Round trip " + UUID.randomUUID(), null);
    long id = created.getJsonNumber("id").longValue();
    assertEquals("DRAFT", created.getString("status"));
    assertTrue(
        created.getJsonArray("questions").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(q -> q.getString("itemId", "").startsWith("DA-")),
        "the DS-920 items are asked");
    assertTrue(
        created.getJsonArray("questions").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(q -> absent(q, "itemId") && q.getString("textEn").contains("support desk")),
        "the officer's own question is asked");
    assertEquals(
        404,
        http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).statusCode(),
        "the vendor cannot see a draft");

    assertEquals(
        200, post(http, "api/v1/questionnaires/" + id + "/send", OFFICER, "").statusCode());
    JsonObject sent = json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body());
    assertEquals("SENT", sent.getString("status"));

    List<Integer> required = requiredNumbers(sent);
    int first = required.get(0);
    for (int no : required) {
      assertEquals(
          200, answer(http, id, no, VENDOR_SAKURA, "YES", "Answer to Q" + no).statusCode());
    }
    HttpResponse<String> evidence =
        uploadEvidence(
            http,
            id,
            first,
            VENDOR_SAKURA,
            "ismap-registration.pdf",
            PDF,
            "2025-04-01",
            "2026-03-31");
    assertEquals(201, evidence.statusCode(), evidence.body());
    long evidenceId = json(evidence.body()).getJsonNumber("id").longValue();

    JsonObject officerBefore = json(http.get("api/v1/questionnaires/" + id, OFFICER).body());
    assertTrue(
        absent(question(officerBefore, first), "answer"), "the officer never sees draft answers");
    assertEquals(
        404,
        http.getBytes("api/v1/questionnaires/" + id + "/evidence/" + evidenceId, OFFICER)
            .statusCode());

    assertEquals(
        200, post(http, "api/v1/questionnaires/" + id + "/submit", VENDOR_SAKURA, "").statusCode());
    JsonObject submitted = json(http.get("api/v1/questionnaires/" + id, OFFICER).body());
    assertEquals("SUBMITTED", submitted.getString("status"));
    JsonObject firstAnswer = question(submitted, first).getJsonObject("answer");
    assertEquals("YES", firstAnswer.getString("value"));
    JsonObject file = firstAnswer.getJsonArray("evidence").getJsonObject(0);
    assertEquals("ismap-registration.pdf", file.getString("fileName"));
    assertEquals("2025-04-01", file.getString("periodFrom"));
    assertEquals(sha256(PDF), file.getString("sha256"));
    HttpResponse<byte[]> download =
        http.getBytes("api/v1/questionnaires/" + id + "/evidence/" + evidenceId, OFFICER);
    assertEquals(200, download.statusCode());
    assertEquals(sha256(PDF), sha256(download.body()));

    for (int no : required) {
      String body =
          no == first
              ? "{\"decision\":\"CLARIFICATION_REQUESTED\",\"request\":\"Which audit body issued this?\"}"
              : "{\"decision\":\"ACCEPTED\"}";
      assertEquals(
          200,
          post(
                  http,
                  "api/v1/questionnaires/" + id + "/questions/" + no + "/decision",
                  OFFICER,
                  body)
              .statusCode());
    }
    JsonObject clarify =
        json(post(http, "api/v1/questionnaires/" + id + "/review-complete", OFFICER, "").body());
    assertEquals("CLARIFICATION_REQUESTED", clarify.getString("status"));

    JsonObject asked = json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body());
    assertEquals(
        "Which audit body issued this?",
        question(asked, first).getJsonObject("answer").getString("officerRequest"));
    int accepted = required.get(1);
    HttpResponse<String> locked = answer(http, id, accepted, VENDOR_SAKURA, "NO", "changed");
    assertEquals(409, locked.statusCode(), "accepted answers stay as accepted");
    assertEquals("WRONG_STATUS", json(locked.body()).getString("code"));
    HttpResponse<String> early =
        post(http, "api/v1/questionnaires/" + id + "/submit", VENDOR_SAKURA, "");
    assertEquals(422, early.statusCode(), "the clarification must be answered first");
    assertEquals("CLARIFICATION_UNANSWERED", json(early.body()).getString("code"));

    assertEquals(
        200,
        answer(http, id, first, VENDOR_SAKURA, "YES", "Issued by the ISMAP body, 2025")
            .statusCode());
    JsonObject resubmitted =
        json(post(http, "api/v1/questionnaires/" + id + "/submit", VENDOR_SAKURA, "").body());
    assertEquals("RESUBMITTED", resubmitted.getString("status"));
    post(
        http,
        "api/v1/questionnaires/" + id + "/questions/" + first + "/decision",
        OFFICER,
        "{\"decision\":\"ACCEPTED\"}");
    JsonObject done =
        json(post(http, "api/v1/questionnaires/" + id + "/review-complete", OFFICER, "").body());
    assertEquals("ACCEPTED", done.getString("status"));
    assertEquals(
        "Issued by the ISMAP body, 2025",
        question(done, first).getJsonObject("answer").getString("explanation"));

    HttpResponse<String> afterClose = answer(http, id, first, VENDOR_SAKURA, "NO", "too late");
    assertEquals(409, afterClose.statusCode());
    assertEquals("QUESTIONNAIRE_CLOSED", json(afterClose.body()).getString("code"));
  }

  @Test
  @Order(3)
  @RunAsClient
  void badAnswersAndEvidenceAreRefusedWithClearProblemsAndChangeNothing() {
    Http http = new Http(base);
    long id = sentQuestionnaire(http, "Bad input " + UUID.randomUUID());
    int no =
        requiredNumbers(json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body())).get(0);

    HttpResponse<String> unknown = answer(http, id, 9999, VENDOR_SAKURA, "YES", null);
    assertEquals(404, unknown.statusCode());
    assertEquals("UNKNOWN_QUESTION", json(unknown.body()).getString("code"));
    assertTrue(
        unknown
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals(400, answer(http, id, no, VENDOR_SAKURA, "MAYBE", null).statusCode());

    long seen =
        json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body())
            .getJsonNumber("version")
            .longValue();
    assertEquals(200, answer(http, id, no, VENDOR_SAKURA, "PARTLY", "in part").statusCode());
    HttpResponse<String> stale =
        http.send(
            HttpRequest.newBuilder(
                    http.uri("api/v1/questionnaires/" + id + "/questions/" + no + "/answer"))
                .header("Authorization", VENDOR_SAKURA)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + seen + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"NO\"}"))
                .build());
    assertEquals(409, stale.statusCode(), "a change based on an outdated read is refused");
    assertEquals("CONCURRENT_CHANGE", json(stale.body()).getString("code"));
    byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    HttpResponse<String> wrongType =
        uploadEvidence(http, id, no, VENDOR_SAKURA, "audit.pdf", executable, null, null);
    assertEquals(422, wrongType.statusCode(), wrongType.body());
    assertEquals("EVIDENCE_TYPE_NOT_ALLOWED", json(wrongType.body()).getString("code"));
    byte[] huge = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);
    HttpResponse<String> tooLarge =
        uploadEvidence(http, id, no, VENDOR_SAKURA, "big.pdf", huge, null, null);
    assertEquals(413, tooLarge.statusCode());
    assertEquals("EVIDENCE_TOO_LARGE", json(tooLarge.body()).getString("code"));
    HttpResponse<String> backwards =
        uploadEvidence(http, id, no, VENDOR_SAKURA, "audit.pdf", PDF, "2026-01-01", "2025-01-01");
    assertEquals(422, backwards.statusCode());
    assertEquals(
        0,
        question(json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body()), no)
            .getJsonObject("answer")
            .getJsonArray("evidence")
            .size(),
        "no refused file was stored");

    assertEquals(
        200, post(http, "api/v1/questionnaires/" + id + "/close", OFFICER, "").statusCode());
    HttpResponse<String> closed = answer(http, id, no, VENDOR_SAKURA, "YES", "after close");
    assertEquals(409, closed.statusCode());
    assertEquals("QUESTIONNAIRE_CLOSED", json(closed.body()).getString("code"));
    HttpResponse<String> closedEvidence =
        uploadEvidence(http, id, no, VENDOR_SAKURA, "a.pdf", PDF, null, null);
    assertEquals(409, closedEvidence.statusCode());
    assertEquals(
        "PARTLY",
        question(json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body()), no)
            .getJsonObject("answer")
            .getString("value"));
  }

  // ---- cross-check ----------------------------------------------------------------------------

  @Test
  @Order(4)
  @RunAsClient
  void aVendorClaimingInputIsNotUsedForTrainingIsContradictedByATrainingClause() throws Exception {
    Http http = new Http(base);
    long sakura = organisationId(http, "sakura-ai");
    long contractId =
        uploadContract(http, OFFICER, sample("ja-m1-tos-01.txt"), "tos.pdf", sakura, "M1");
    awaitAnalysis(http, OFFICER, contractId);

    long id = sentQuestionnaire(http, "Cross-check " + UUID.randomUUID());
    JsonObject q = json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body());
    int training = numberOfItem(q, "DA-DATA-01");
    for (int no : requiredNumbers(q)) {
      answer(http, id, no, VENDOR_SAKURA, "YES", "ok");
    }
    answer(http, id, training, VENDOR_SAKURA, "YES", "入力データを学習に利用しません");
    uploadEvidence(http, id, training, VENDOR_SAKURA, "data-policy.pdf", PDF, "2026-01-01", null);

    long fujiContract =
        uploadContract(
            http,
            OFFICER,
            sample("en-m1-api-03.txt"),
            "fuji.pdf",
            organisationId(http, "fuji-cloud"),
            "M1");
    HttpResponse<String> wrongVendor =
        put(
            http,
            "api/v1/questionnaires/" + id + "/contract",
            OFFICER,
            "{\"contractId\":" + fujiContract + "}");
    assertEquals(400, wrongVendor.statusCode(), "only the vendor's own contracts can be linked");
    assertEquals(
        200,
        put(
                http,
                "api/v1/questionnaires/" + id + "/contract",
                OFFICER,
                "{\"contractId\":" + contractId + "}")
            .statusCode());
    assertTrue(
        json(http.get("api/v1/questionnaires/" + id + "/crosscheck", OFFICER).body())
            .getJsonArray("contradictions")
            .isEmpty(),
        "drafts are not cross-checked for the officer");

    post(http, "api/v1/questionnaires/" + id + "/submit", VENDOR_SAKURA, "");
    for (String who : List.of(OFFICER, VENDOR_SAKURA)) {
      JsonObject check = json(http.get("api/v1/questionnaires/" + id + "/crosscheck", who).body());
      assertEquals("ANALYSED", check.getString("analysisStatus"));
      JsonObject flagged =
          check.getJsonArray("contradictions").stream()
              .map(JsonValue::asJsonObject)
              .filter(c -> c.getString("questionItemId").equals("DA-DATA-01"))
              .filter(c -> c.getString("kind").equals("CONTRADICTED"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no contradiction on DA-DATA-01: " + check));
      assertEquals("YES", flagged.getString("answer"));
      assertEquals("入力データを学習に利用しません", flagged.getString("vendorExplanation"));
      assertTrue(flagged.getJsonArray("vendorEvidence").getString(0).startsWith("data-policy.pdf"));
      JsonObject position = flagged.getJsonArray("contract").getJsonObject(0);
      assertEquals("UNFAVOURABLE", position.getString("outcome"));
      JsonObject clause = position.getJsonArray("evidence").getJsonObject(0);
      assertFalse(clause.getString("quote").isBlank(), "the contract's clause is quoted");
      assertFalse(clause.getString("clauseRef").isBlank());
    }
    assertEquals(
        404, http.get("api/v1/questionnaires/" + id + "/crosscheck", VENDOR_FUJI).statusCode());
    assertEquals(
        404, http.get("api/v1/questionnaires/" + id + "/crosscheck", OTHER_OFFICER).statusCode());
  }

  // ---- submission packages --------------------------------------------------------------------

  @Test
  @Order(5)
  @RunAsClient
  void aSupplierPackageIsExportedImportedVerifiedAndJudgedByThePortalItself() throws Exception {
    Http http = new Http(base);
    long contractId =
        uploadContract(
            http, SUPPLIER_SAKURA, sample("en-m1-api-03.txt"), "our-terms.pdf", null, "M1");
    awaitAnalysis(http, SUPPLIER_SAKURA, contractId);
    long id = sentQuestionnaire(http, "Package " + UUID.randomUUID());
    JsonObject q = json(http.get("api/v1/questionnaires/" + id, SUPPLIER_SAKURA).body());
    List<Integer> required = requiredNumbers(q);
    for (int no : required) {
      assertEquals(200, answer(http, id, no, SUPPLIER_SAKURA, "YES", "self-assessed").statusCode());
    }
    uploadEvidence(
        http,
        id,
        required.get(0),
        SUPPLIER_SAKURA,
        "iso27001.pdf",
        PDF,
        "2025-01-01",
        "2027-12-31");

    assertEquals(
        403,
        http.getBytes(
                "api/v1/submissions/" + contractId + "/package?questionnaire=" + id, VENDOR_SAKURA)
            .statusCode(),
        "only suppliers export packages");
    assertEquals(
        403,
        http.getBytes("api/v1/submissions/" + contractId + "/package", OFFICER).statusCode(),
        "officers import packages, they do not export them");
    HttpResponse<byte[]> exported =
        http.getBytes(
            "api/v1/submissions/" + contractId + "/package?questionnaire=" + id, SUPPLIER_SAKURA);
    assertEquals(200, exported.statusCode(), new String(exported.body(), StandardCharsets.UTF_8));
    Map<String, byte[]> files = unzip(exported.body());
    assertTrue(files.containsKey("manifest.json"));
    assertTrue(files.containsKey("submission.json"));
    assertTrue(
        new String(files.get("submission.pdf"), 0, 5, StandardCharsets.US_ASCII)
            .startsWith("%PDF-"));
    assertTrue(files.keySet().stream().anyMatch(p -> p.startsWith("terms/")));
    assertTrue(files.keySet().stream().anyMatch(p -> p.startsWith("evidence/")));

    // Tampered: an evidence file changed after the manifest was written.
    Map<String, byte[]> tampered = new LinkedHashMap<>(files);
    String evidencePath =
        files.keySet().stream().filter(p -> p.startsWith("evidence/")).findFirst().orElseThrow();
    tampered.put(evidencePath, "%PDF-1.4\n% altered\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    int before = jsonArray(http.get("api/v1/questionnaires", OFFICER).body()).size();
    long contractsBefore = http.contractCount(OFFICER);
    HttpResponse<String> refused = importPackage(http, OFFICER, zip(tampered));
    assertEquals(422, refused.statusCode(), refused.body());
    assertEquals("TAMPERED", json(refused.body()).getString("code"));
    assertTrue(json(refused.body()).getString("detail").contains(evidencePath));

    // An answer to an item the checklist does not have, with a consistent manifest.
    Map<String, byte[]> unknownItem =
        withSubmission(files, s -> rewriteFirstAnswerItem(s, "DA-NOPE-99"));
    HttpResponse<String> unknown = importPackage(http, OFFICER, zip(unknownItem));
    assertEquals(422, unknown.statusCode(), unknown.body());
    assertEquals("UNKNOWN_QUESTION", json(unknown.body()).getString("code"));
    HttpResponse<String> notZip = importPackage(http, OFFICER, PDF);
    assertEquals(422, notZip.statusCode());
    assertEquals(
        before,
        jsonArray(http.get("api/v1/questionnaires", OFFICER).body()).size(),
        "nothing saved");
    assertEquals(contractsBefore, http.contractCount(OFFICER));

    // A supplier claiming a better outcome than its terms earn: the manifest is consistent,
    // but the portal judges the terms itself.
    String[] inflated = new String[1];
    Map<String, byte[]> claimed = withFirstGapClaimedSatisfied(files, inflated);
    HttpResponse<String> imported = importPackage(http, OFFICER, zip(claimed));
    assertEquals(201, imported.statusCode(), imported.body());
    JsonObject result = json(imported.body());
    long importedId = result.getJsonNumber("questionnaireId").longValue();
    long importedContract = result.getJsonNumber("contractId").longValue();
    assertEquals("sakura-ai", result.getString("supplierCode"));
    assertEquals(1, result.getInt("evidenceFiles"));

    JsonObject loaded = json(http.get("api/v1/questionnaires/" + importedId, OFFICER).body());
    assertEquals("SUBMITTED", loaded.getString("status"));
    JsonObject loadedEvidence =
        loaded.getJsonArray("questions").stream()
            .map(JsonValue::asJsonObject)
            .filter(x -> !absent(x, "answer"))
            .flatMap(x -> x.getJsonObject("answer").getJsonArray("evidence").stream())
            .map(JsonValue::asJsonObject)
            .findFirst()
            .orElseThrow();
    assertEquals("iso27001.pdf", loadedEvidence.getString("fileName"));
    assertEquals(sha256(PDF), loadedEvidence.getString("sha256"));
    assertEquals("2027-12-31", loadedEvidence.getString("periodTo"));

    awaitAnalysis(http, OFFICER, importedContract);
    JsonObject comparison =
        json(http.get("api/v1/submissions/imported/" + importedId + "/comparison", OFFICER).body());
    assertEquals("ANALYSED", comparison.getString("analysisStatus"));
    JsonObject difference =
        comparison.getJsonArray("differences").stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("itemId").equals(inflated[0]))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no difference on " + inflated[0] + ": " + comparison));
    assertEquals("SATISFIED", difference.getString("claimed"));
    assertEquals("CLAIMED_BETTER", difference.getString("direction"));
    assertEquals(
        1,
        comparison.getJsonArray("differences").size(),
        "only the inflated claim differs: the portal judges the same terms the same way");

    assertEquals(
        404,
        http.get("api/v1/submissions/imported/" + importedId + "/comparison", OTHER_OFFICER)
            .statusCode());
    assertEquals(404, http.get("api/v1/questionnaires/" + importedId, OTHER_OFFICER).statusCode());
    assertEquals(
        403,
        http.getBytes("api/v1/submissions/" + importedContract + "/package", SUPPLIER_SAKURA)
            .statusCode(),
        "the supplier sees the agency's copy of its terms but cannot export it as its own");

    // Into a questionnaire the agency already sent: the answers fill its questions.
    long contractsBeforeInto = http.contractCount(OFFICER);
    JsonObject draft = createQuestionnaire(http, "Into " + UUID.randomUUID(), null);
    long draftId = draft.getJsonNumber("id").longValue();
    int dropped = required.get(0);
    assertEquals(
        200,
        http.send(
                HttpRequest.newBuilder(
                        http.uri("api/v1/questionnaires/" + draftId + "/questions/" + dropped))
                    .header("Authorization", OFFICER)
                    .DELETE()
                    .build())
            .statusCode());
    post(http, "api/v1/questionnaires/" + draftId + "/send", OFFICER, "");
    HttpResponse<String> noSuchQuestion = importInto(http, files, draftId);
    assertEquals(422, noSuchQuestion.statusCode(), noSuchQuestion.body());
    assertEquals("UNKNOWN_QUESTION", json(noSuchQuestion.body()).getString("code"));
    assertTrue(
        json(http.get("api/v1/questionnaires/" + draftId, SUPPLIER_SAKURA).body())
            .getJsonArray("questions")
            .stream()
            .map(JsonValue::asJsonObject)
            .allMatch(x -> absent(x, "answer")),
        "no answer of the refused package was saved");

    HttpResponse<String> into = importInto(http, files, id);
    assertEquals(201, into.statusCode(), into.body());
    assertEquals(id, json(into.body()).getJsonNumber("questionnaireId").longValue());
    JsonObject filled = json(http.get("api/v1/questionnaires/" + id, OFFICER).body());
    assertEquals("SUBMITTED", filled.getString("status"));
    assertEquals(
        "YES", question(filled, required.get(0)).getJsonObject("answer").getString("value"));
    assertEquals(
        409,
        importInto(http, files, id).statusCode(),
        "a submitted questionnaire is not answerable");
    post(http, "api/v1/questionnaires/" + id + "/close", OFFICER, "");
    HttpResponse<String> closed = importInto(http, files, id);
    assertEquals(409, closed.statusCode(), closed.body());
    assertEquals("QUESTIONNAIRE_CLOSED", json(closed.body()).getString("code"));
    assertTrue(
        json(into.body()).getBoolean("contractDuplicate"),
        "the terms the agency already filed from the first import are recognised");
    assertEquals(
        contractsBeforeInto,
        http.contractCount(OFFICER),
        "refused imports file nothing, and the same terms are not filed twice");
    assertEquals(404, importInto(http, files, id, OTHER_OFFICER).statusCode());
  }

  /**
   * A consistent package whose supplier claims SATISFIED for the first item its terms do not
   * satisfy; the item is put into {@code inflated[0]}.
   */
  private static Map<String, byte[]> withFirstGapClaimedSatisfied(
      Map<String, byte[]> files, String[] inflated) {
    Map<String, byte[]> claimed =
        withSubmission(
            files,
            s -> {
              JsonArrayBuilder judgments = Json.createArrayBuilder();
              for (JsonValue v : s.getJsonArray("judgments")) {
                JsonObject j = v.asJsonObject();
                if (inflated[0] == null
                    && !j.getString("outcome").equals("SATISFIED")
                    && !j.getString("outcome").equals("NOT_APPLICABLE")) {
                  inflated[0] = j.getString("itemId");
                  j = Json.createObjectBuilder(j).add("outcome", "SATISFIED").build();
                }
                judgments.add(j);
              }
              return Json.createObjectBuilder(s).add("judgments", judgments).build();
            });
    assertNotNull(inflated[0], "the sample terms have at least one gap");
    return claimed;
  }

  // ---- a supplier's self-assessment, answered in advance --------------------------------------

  @Test
  @Order(10)
  @RunAsClient
  void aSupplierAnswersInAdvanceAndAnAgencySeesTheAnswersOnlyThroughTheImportedPackage()
      throws Exception {
    Http http = new Http(base);
    long terms =
        uploadContract(
            http, SUPPLIER_SAKURA, sample("ja-m1-tos-01.txt"), "own-tos.pdf", null, "M1");
    awaitAnalysis(http, SUPPLIER_SAKURA, terms);
    JsonObject sheet = json(http.get("api/v1/high-risk-sheet", SUPPLIER_SAKURA).body());
    String title = "ADVANCE-" + UUID.randomUUID();
    String body =
        Json.createObjectBuilder()
            .add("title", title)
            .add("procurementModel", "M1")
            .add("highRisk", lowRisk(sheet))
            .add("extraItems", Json.createArrayBuilder().add("AUD-01"))
            .add("contractId", terms)
            .build()
            .toString();
    for (String refused : List.of(OFFICER, VENDOR_SAKURA)) {
      assertEquals(403, post(http, "api/v1/self-assessments", refused, body).statusCode());
    }
    HttpResponse<String> createdResponse =
        post(http, "api/v1/self-assessments", SUPPLIER_SAKURA, body);
    assertEquals(201, createdResponse.statusCode(), createdResponse.body());
    JsonObject created = json(createdResponse.body());
    long id = created.getJsonNumber("id").longValue();
    assertEquals("SELF_ASSESSMENT", created.getString("kind"));
    assertEquals("PREPARING", created.getString("status"));
    assertEquals(created.getJsonNumber("buyerOrganisationId"), created.get("vendorOrganisationId"));
    assertTrue(numberOfItem(created, "AUD-01") > 0, "the METI item chosen is asked");
    assertEquals(terms, created.getJsonNumber("contractId").longValue());

    // Nobody but the supplier's own preparers sees it: not the agency, not the company's vendor
    // staff, not another company or agency.
    for (String outsider : List.of(OFFICER, VENDOR_SAKURA, VENDOR_FUJI, OTHER_OFFICER)) {
      assertEquals(404, http.get("api/v1/questionnaires/" + id, outsider).statusCode(), outsider);
      assertFalse(
          http.get("api/v1/questionnaires", outsider).body().contains(title),
          "listed for " + outsider);
    }
    assertEquals(
        404, post(http, "api/v1/questionnaires/" + id + "/send", OFFICER, "").statusCode());

    // While preparing, the supplier adds METI items it also wants to evidence and drops optional
    // ones; a list with an item the catalogue lacks adds nothing; required questions stay.
    String addItems = "api/v1/self-assessments/" + id + "/items";
    HttpResponse<String> added =
        post(http, addItems, SUPPLIER_SAKURA, "{\"items\":[\"AUD-03\",\"AUD-04\"]}");
    assertEquals(200, added.statusCode(), added.body());
    int onSite = numberOfItem(json(added.body()), "AUD-03");
    int auditor = numberOfItem(json(added.body()), "AUD-04");
    HttpResponse<String> unknownItem =
        post(http, addItems, SUPPLIER_SAKURA, "{\"items\":[\"AUD-05\",\"NO-SUCH-ITEM\"]}");
    assertEquals(422, unknownItem.statusCode(), unknownItem.body());
    assertEquals("INVALID_QUESTION", json(unknownItem.body()).getString("code"));
    for (String outsider : List.of(OFFICER, VENDOR_SAKURA, VENDOR_FUJI)) {
      int status = post(http, addItems, outsider, "{\"items\":[\"AUD-06\"]}").statusCode();
      assertTrue(status == 403 || status == 404, outsider + " got " + status);
    }
    assertEquals(200, deleteQuestion(http, id, auditor, SUPPLIER_SAKURA).statusCode());
    HttpResponse<String> requiredStays =
        deleteQuestion(http, id, requiredNumbers(created).get(0), SUPPLIER_SAKURA);
    assertEquals(422, requiredStays.statusCode(), requiredStays.body());
    JsonObject prepared = json(http.get("api/v1/questionnaires/" + id, SUPPLIER_SAKURA).body());
    assertEquals(onSite, numberOfItem(prepared, "AUD-03"));
    assertFalse(prepared.toString().contains("\"AUD-04\""), "dropped: " + prepared);
    assertFalse(prepared.toString().contains("\"AUD-05\""), "nothing half-added: " + prepared);
    assertEquals(requiredNumbers(created), requiredNumbers(prepared));

    // Answers with evidence, saved as drafts.
    int training = numberOfItem(created, "DA-DATA-01");
    for (int no : requiredNumbers(created)) {
      assertEquals(
          200, answer(http, id, no, SUPPLIER_SAKURA, "YES", "in advance Q" + no).statusCode());
    }
    answer(http, id, training, SUPPLIER_SAKURA, "YES", "入力データを学習に利用しません");
    HttpResponse<String> evidence =
        uploadEvidence(
            http,
            id,
            training,
            SUPPLIER_SAKURA,
            "advance-policy.pdf",
            PDF,
            "2026-01-01",
            "2026-12-31");
    assertEquals(201, evidence.statusCode(), evidence.body());
    HttpResponse<String> badEvidence =
        uploadEvidence(
            http,
            id,
            training,
            SUPPLIER_SAKURA,
            "fake.pdf",
            new byte[] {'M', 'Z', 0, 0},
            null,
            null);
    assertEquals(422, badEvidence.statusCode(), "the same evidence rules apply");
    assertEquals(
        409,
        http.getBytes(
                "api/v1/submissions/" + terms + "/package?questionnaire=" + id, SUPPLIER_SAKURA)
            .statusCode(),
        "a self-assessment is exported once complete");

    // The contradiction with its own terms is shown before export, and the supplier fixes it.
    JsonObject check =
        json(http.get("api/v1/questionnaires/" + id + "/crosscheck", SUPPLIER_SAKURA).body());
    assertTrue(
        contradicted(check, "DA-DATA-01"), "training clause contradicts the answer: " + check);
    JsonObject completed =
        json(post(http, "api/v1/self-assessments/" + id + "/complete", SUPPLIER_SAKURA, "").body());
    assertEquals("COMPLETE", completed.getString("status"));
    HttpResponse<String> frozen = answer(http, id, training, SUPPLIER_SAKURA, "NO", "x");
    assertEquals(409, frozen.statusCode(), "a complete self-assessment is reopened to change it");
    assertEquals(
        200,
        post(http, "api/v1/self-assessments/" + id + "/reopen", SUPPLIER_SAKURA, "").statusCode());
    String fixed = "品質改善のため入力データを学習に利用することがあります（約款第5条）";
    assertEquals(200, answer(http, id, training, SUPPLIER_SAKURA, "NO", fixed).statusCode());
    assertFalse(
        contradicted(
            json(http.get("api/v1/questionnaires/" + id + "/crosscheck", SUPPLIER_SAKURA).body()),
            "DA-DATA-01"));
    assertEquals(
        "COMPLETE",
        json(post(http, "api/v1/self-assessments/" + id + "/complete", SUPPLIER_SAKURA, "").body())
            .getString("status"));
    JsonArray ownHistory =
        jsonArray(
            http.get(
                    "api/v1/questionnaires/" + id + "/questions/" + training + "/exchange",
                    SUPPLIER_SAKURA)
                .body());
    assertEquals(2, ownHistory.size(), "both completions are kept: " + ownHistory);
    assertEquals("YES", ownHistory.getJsonObject(0).getString("value"));
    assertEquals(
        "advance-policy.pdf",
        ownHistory
            .getJsonObject(0)
            .getJsonArray("evidence")
            .getJsonObject(0)
            .getString("fileName"));
    assertEquals("NO", ownHistory.getJsonObject(1).getString("value"));
    assertEquals(2, ownHistory.getJsonObject(1).getInt("round"));

    // Exported: the answers, the evidence file in the manifest.
    HttpResponse<byte[]> exported =
        http.getBytes(
            "api/v1/submissions/" + terms + "/package?questionnaire=" + id, SUPPLIER_SAKURA);
    assertEquals(200, exported.statusCode(), new String(exported.body(), StandardCharsets.UTF_8));
    Map<String, byte[]> files = unzip(exported.body());
    JsonObject manifest = json(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
    JsonObject listed =
        manifest.getJsonArray("files").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getString("path").startsWith("evidence/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no evidence in the manifest: " + manifest));
    assertEquals(sha256(PDF), listed.getString("sha256"));
    assertEquals(sha256(PDF), sha256(files.get(listed.getString("path"))));
    assertTrue(
        new String(files.get("submission.json"), StandardCharsets.UTF_8).contains(fixed),
        "the fixed answer travels");

    // Imported by an agency officer: answers and evidence visible, terms judged by the portal.
    String[] inflated = new String[1];
    HttpResponse<String> imported =
        importPackage(http, OFFICER, zip(withFirstGapClaimedSatisfied(files, inflated)));
    assertEquals(201, imported.statusCode(), imported.body());
    long importedId = json(imported.body()).getJsonNumber("questionnaireId").longValue();
    long importedContract = json(imported.body()).getJsonNumber("contractId").longValue();
    assertEquals(1, json(imported.body()).getInt("evidenceFiles"));
    JsonObject loaded = json(http.get("api/v1/questionnaires/" + importedId, OFFICER).body());
    assertEquals("AGENCY_REQUEST", loaded.getString("kind"));
    int loadedTraining = numberOfItem(loaded, "DA-DATA-01");
    JsonObject loadedAnswer = question(loaded, loadedTraining).getJsonObject("answer");
    assertEquals("NO", loadedAnswer.getString("value"));
    assertEquals(fixed, loadedAnswer.getString("explanation"));
    JsonObject loadedFile = loadedAnswer.getJsonArray("evidence").getJsonObject(0);
    assertEquals("advance-policy.pdf", loadedFile.getString("fileName"));
    assertEquals("2026-12-31", loadedFile.getString("periodTo"));
    HttpResponse<byte[]> download =
        http.getBytes(
            "api/v1/questionnaires/"
                + importedId
                + "/evidence/"
                + loadedFile.getJsonNumber("id").longValue(),
            OFFICER);
    assertEquals(200, download.statusCode());
    assertEquals(sha256(PDF), sha256(download.body()));
    assertEquals(
        404,
        http.get("api/v1/questionnaires/" + id, OFFICER).statusCode(),
        "the supplier's own self-assessment stays its own after the import");
    awaitAnalysis(http, OFFICER, importedContract);
    JsonObject comparison =
        json(http.get("api/v1/submissions/imported/" + importedId + "/comparison", OFFICER).body());
    assertTrue(
        comparison.getJsonArray("differences").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                d ->
                    d.getString("itemId").equals(inflated[0])
                        && d.getString("direction").equals("CLAIMED_BETTER")),
        "the portal's own judgment is set against the claim: " + comparison);
    JsonObject officerCheck =
        json(http.get("api/v1/questionnaires/" + importedId + "/crosscheck", OFFICER).body());
    assertEquals("ANALYSED", officerCheck.getString("analysisStatus"));
    assertEquals(importedContract, officerCheck.getJsonNumber("contractId").longValue());

    // Two clarification rounds: round 1 stays readable for both sides.
    String ask1 = "学習への利用をオプトアウトできますか。";
    String ask2 = "オプトアウトの手順書を添付してください。";
    decideAllAccepting(http, importedId, loaded, loadedTraining, ask1);
    assertEquals(
        200,
        answer(http, importedId, loadedTraining, VENDOR_SAKURA, "PARTLY", "opt-out").statusCode());
    assertEquals(
        "RESUBMITTED",
        json(post(http, "api/v1/questionnaires/" + importedId + "/submit", VENDOR_SAKURA, "")
                .body())
            .getString("status"));
    decide(http, importedId, loadedTraining, ask2);
    assertEquals(
        "CLARIFICATION_REQUESTED",
        json(post(http, "api/v1/questionnaires/" + importedId + "/review-complete", OFFICER, "")
                .body())
            .getString("status"));
    answer(http, importedId, loadedTraining, SUPPLIER_SAKURA, "PARTLY", "opt-out, see manual");
    post(http, "api/v1/questionnaires/" + importedId + "/submit", SUPPLIER_SAKURA, "");
    String exchangePath =
        "api/v1/questionnaires/" + importedId + "/questions/" + loadedTraining + "/exchange";
    for (String who : List.of(OFFICER, VENDOR_SAKURA, SUPPLIER_SAKURA)) {
      JsonArray history = jsonArray(http.get(exchangePath, who).body());
      assertEquals(5, history.size(), who + ": " + history);
      JsonObject round1 = history.getJsonObject(0);
      assertEquals(1, round1.getInt("round"));
      assertEquals("ANSWER_SUBMITTED", round1.getString("kind"));
      assertEquals("NO", round1.getString("value"));
      assertEquals(fixed, round1.getString("explanation"));
      assertEquals(
          sha256(PDF), round1.getJsonArray("evidence").getJsonObject(0).getString("sha256"));
      assertTrue(round1.getString("actor").contains("sakura-ai"), round1.toString());
      assertEquals(ask1, history.getJsonObject(1).getString("request"));
      assertEquals("officer", history.getJsonObject(1).getString("actor"));
      assertEquals("vendor.sakura", history.getJsonObject(2).getString("actor"));
      assertEquals(2, history.getJsonObject(2).getInt("round"));
      assertEquals(ask2, history.getJsonObject(3).getString("request"));
      assertEquals(3, history.getJsonObject(4).getInt("round"));
      assertEquals("opt-out, see manual", history.getJsonObject(4).getString("explanation"));
    }
    for (String outsider : List.of(VENDOR_FUJI, OTHER_OFFICER)) {
      assertEquals(404, http.get(exchangePath, outsider).statusCode());
    }
  }

  /** Asks for clarification on one question, accepts every other answer, ends the review. */
  private static void decideAllAccepting(
      Http http, long id, JsonObject q, int clarify, String request) {
    for (JsonValue v : q.getJsonArray("questions")) {
      JsonObject question = v.asJsonObject();
      if (!absent(question, "answer")) {
        int no = question.getInt("number");
        decide(http, id, no, no == clarify ? request : null);
      }
    }
    assertEquals(
        "CLARIFICATION_REQUESTED",
        json(post(http, "api/v1/questionnaires/" + id + "/review-complete", OFFICER, "").body())
            .getString("status"));
  }

  /** Accepts an answer (request null) or asks for clarification. */
  private static void decide(Http http, long id, int no, String request) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    if (request == null) {
      body.add("decision", "ACCEPTED");
    } else {
      body.add("decision", "CLARIFICATION_REQUESTED").add("request", request);
    }
    HttpResponse<String> r =
        post(
            http,
            "api/v1/questionnaires/" + id + "/questions/" + no + "/decision",
            OFFICER,
            body.build().toString());
    assertEquals(200, r.statusCode(), r.body());
  }

  private static boolean contradicted(JsonObject crossCheck, String itemId) {
    return crossCheck.getJsonArray("contradictions").stream()
        .map(JsonValue::asJsonObject)
        .anyMatch(
            c ->
                c.getString("questionItemId").equals(itemId)
                    && c.getString("kind").equals("CONTRADICTED"));
  }

  private static HttpResponse<String> importInto(Http http, Map<String, byte[]> files, long id)
      throws IOException {
    return importInto(http, files, id, OFFICER);
  }

  private static HttpResponse<String> importInto(
      Http http, Map<String, byte[]> files, long id, String who) throws IOException {
    return new Multipart()
        .file("file", "package.zip", "application/zip", zip(files))
        .field("questionnaire", String.valueOf(id))
        .post(http, "api/v1/submissions/import", who);
  }

  @Test
  @Order(9)
  @RunAsClient
  void thePagesShowAQuestionnaireOnlyToItsTwoOrganisations() {
    Http http = new Http(base);
    String title = "Pages " + UUID.randomUUID();
    long id = createQuestionnaire(http, title, null).getJsonNumber("id").longValue();
    assertEquals(
        200, post(http, "api/v1/questionnaires/" + id + "/send", OFFICER, "").statusCode());
    String view = "app/questionnaires/view.xhtml?id=" + id;

    for (String insider : List.of(OFFICER, VENDOR_SAKURA)) {
      HttpResponse<String> page = http.get(view, insider);
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains(title), "shown to its own organisations");
      HttpResponse<String> list = http.get("app/questionnaires/list.xhtml", insider);
      assertEquals(200, list.statusCode());
      assertTrue(list.body().contains(title), "listed: " + list.body());
    }
    for (String outsider : List.of(VENDOR_FUJI, OTHER_OFFICER)) {
      HttpResponse<String> page = http.get(view, outsider);
      assertFalse(page.body().contains(title), "hidden from " + outsider);
      assertTrue(
          page.body().contains("No such questionnaire") || page.body().contains("該当する質問票はありません"),
          "explained like a missing questionnaire");
      assertFalse(http.get("app/questionnaires/list.xhtml", outsider).body().contains(title));
    }
    assertEquals(200, http.get("app/submission/index.xhtml", OFFICER).statusCode());
    assertEquals(200, http.get("app/submission/index.xhtml", SUPPLIER_SAKURA).statusCode());
  }

  // ---- isolation ------------------------------------------------------------------------------

  @Test
  @Order(6)
  @RunAsClient
  void anotherOrganisationsQuestionnaireIsIndistinguishableFromAMissingOne() {
    Http http = new Http(base);
    long id = sentQuestionnaire(http, "Isolation " + UUID.randomUUID());
    JsonObject q = json(http.get("api/v1/questionnaires/" + id, VENDOR_SAKURA).body());
    int no = requiredNumbers(q).get(0);
    answer(http, id, no, VENDOR_SAKURA, "YES", "ours");
    long evidenceId =
        json(uploadEvidence(http, id, no, VENDOR_SAKURA, "ours.pdf", PDF, null, null).body())
            .getJsonNumber("id")
            .longValue();
    String base = "api/v1/questionnaires/" + id;

    for (String outsider : List.of(VENDOR_FUJI, OTHER_OFFICER)) {
      assertEquals(404, http.get(base, outsider).statusCode());
      assertEquals(404, http.get(base + "/crosscheck", outsider).statusCode());
      assertEquals(404, http.getBytes(base + "/evidence/" + evidenceId, outsider).statusCode());
      assertFalse(
          http.get("api/v1/questionnaires", outsider).body().contains("\"id\":" + id + ","),
          "not listed for another organisation");
    }
    assertEquals(404, answer(http, id, no, VENDOR_FUJI, "NO", "theirs").statusCode());
    assertEquals(
        404, uploadEvidence(http, id, no, VENDOR_FUJI, "x.pdf", PDF, null, null).statusCode());
    assertEquals(404, post(http, base + "/submit", VENDOR_FUJI, "").statusCode());
    assertEquals(404, post(http, base + "/close", OTHER_OFFICER, "").statusCode());
    assertEquals(404, post(http, base + "/send", OTHER_OFFICER, "").statusCode());
    assertEquals(
        404,
        post(
                http,
                base + "/questions/" + no + "/decision",
                OTHER_OFFICER,
                "{\"decision\":\"ACCEPTED\"}")
            .statusCode());
    assertEquals(
        404, put(http, base + "/contract", OTHER_OFFICER, "{\"contractId\":null}").statusCode());
    assertEquals(
        404,
        http.send(
                HttpRequest.newBuilder(
                        http.uri(base + "/questions/" + no + "/evidence/" + evidenceId))
                    .header("Authorization", VENDOR_FUJI)
                    .DELETE()
                    .build())
            .statusCode());
    assertEquals(
        403,
        post(http, base + "/submit", OFFICER, "").statusCode(),
        "an officer cannot submit for the vendor");
    assertEquals(403, answer(http, id, no, OFFICER, "NO", "x").statusCode());
    assertEquals(
        "YES",
        question(json(http.get(base, VENDOR_SAKURA).body()), no)
            .getJsonObject("answer")
            .getString("value"));
    assertTrue(
        jsonArray(http.get("api/v1/questionnaires/overdue", VENDOR_FUJI).body()).stream()
            .noneMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == id));
  }

  @Test
  @Order(7)
  @RunAsClient
  void anOverdueQuestionnaireIsListedAsAReminderForBothSides() {
    Http http = new Http(base);
    String title = "Overdue " + UUID.randomUUID();
    LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
    JsonObject created = createQuestionnaire(http, title, yesterday);
    long id = created.getJsonNumber("id").longValue();
    post(http, "api/v1/questionnaires/" + id + "/send", OFFICER, "");
    for (String who : List.of(OFFICER, VENDOR_SAKURA)) {
      JsonArray overdue = jsonArray(http.get("api/v1/questionnaires/overdue", who).body());
      assertTrue(
          overdue.stream()
              .anyMatch(v -> v.asJsonObject().getString("procurementTitle").equals(title)),
          "reminded: " + overdue);
    }
    assertTrue(
        jsonArray(http.get("api/v1/questionnaires/overdue", OTHER_OFFICER).body()).stream()
            .noneMatch(v -> v.asJsonObject().getString("procurementTitle").equals(title)));
  }

  @Test
  @Order(8)
  @RunAsClient
  void theHighRiskDeterminationMakesFurtherDigitalAgencyItemsRequired() {
    Http http = new Http(base);
    JsonObject sheet = json(http.get("api/v1/high-risk-sheet", OFFICER).body());
    assertEquals(4, sheet.getJsonArray("viewpoints").size());
    assertEquals(403, http.get("api/v1/high-risk-sheet", VENDOR_SAKURA).statusCode());
    JsonObject low =
        createQuestionnaire(http, "Low risk " + UUID.randomUUID(), null, lowRisk(sheet));
    JsonObject high =
        createQuestionnaire(
            http, "High risk " + UUID.randomUUID(), null, Json.createObjectBuilder().build());
    assertEquals(Boolean.FALSE, low.getBoolean("potentiallyHighRisk"));
    assertEquals(Boolean.TRUE, high.getBoolean("potentiallyHighRisk"));
    assertTrue(
        requiredNumbers(high).size() > requiredNumbers(low).size(),
        "a potentially high-risk use brings in further required items");
  }

  // ---- helpers --------------------------------------------------------------------------------

  private JsonObject createQuestionnaire(Http http, String title, LocalDate due) {
    JsonObject sheet = json(http.get("api/v1/high-risk-sheet", OFFICER).body());
    return createQuestionnaire(http, title, due, lowRisk(sheet));
  }

  private JsonObject createQuestionnaire(
      Http http, String title, LocalDate due, JsonObject highRisk) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("vendorOrganisationId", organisationId(http, "sakura-ai"))
            .add("title", title)
            .add("procurementModel", "M1")
            .add("highRisk", highRisk)
            .add("extraItems", Json.createArrayBuilder().add("AUD-01"))
            .add(
                "ownQuestions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("ja", "サポート窓口の対応時間は？")
                            .add("en", "What are the support desk hours?")));
    if (due != null) {
      body.add("dueDate", due.toString());
    }
    HttpResponse<String> r = post(http, "api/v1/questionnaires", OFFICER, body.build().toString());
    assertEquals(201, r.statusCode(), r.body());
    return json(r.body());
  }

  private long sentQuestionnaire(Http http, String title) {
    long id = createQuestionnaire(http, title, null).getJsonNumber("id").longValue();
    HttpResponse<String> sent = post(http, "api/v1/questionnaires/" + id + "/send", OFFICER, "");
    assertEquals(200, sent.statusCode(), sent.body());
    return id;
  }

  /** The first option that is not high-risk, for every viewpoint. */
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

  private static List<Integer> requiredNumbers(JsonObject q) {
    return q.getJsonArray("questions").stream()
        .map(JsonValue::asJsonObject)
        .filter(x -> x.getBoolean("required"))
        .map(x -> x.getInt("number"))
        .toList();
  }

  private static int numberOfItem(JsonObject q, String itemId) {
    return q.getJsonArray("questions").stream()
        .map(JsonValue::asJsonObject)
        .filter(x -> itemId.equals(x.getString("itemId", null)))
        .map(x -> x.getInt("number"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(itemId + " not asked"));
  }

  private static JsonObject question(JsonObject q, int number) {
    return q.getJsonArray("questions").stream()
        .map(JsonValue::asJsonObject)
        .filter(x -> x.getInt("number") == number)
        .findFirst()
        .orElseThrow();
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

  private static HttpResponse<String> answer(
      Http http, long id, int no, String who, String value, String explanation) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("value", value);
    if (explanation != null) {
      body.add("explanation", explanation);
    }
    return put(
        http,
        "api/v1/questionnaires/" + id + "/questions/" + no + "/answer",
        who,
        body.build().toString());
  }

  private static HttpResponse<String> uploadEvidence(
      Http http, long id, int no, String who, String name, byte[] bytes, String from, String to) {
    Multipart m = new Multipart().file("file", name, "application/octet-stream", bytes);
    if (from != null) {
      m.field("periodFrom", from);
    }
    if (to != null) {
      m.field("periodTo", to);
    }
    return m.post(http, "api/v1/questionnaires/" + id + "/questions/" + no + "/evidence", who);
  }

  private static HttpResponse<String> importPackage(Http http, String who, byte[] zip) {
    return new Multipart()
        .file("file", "package.zip", "application/zip", zip)
        .post(http, "api/v1/submissions/import", who);
  }

  private static long uploadContract(
      Http http, String who, String text, String fileName, Long vendor, String model) {
    // A unique line keeps this upload from being recognised as another test's identical file.
    byte[] pdf =
        new jp.shinsa.fixtures.ContractPdfWriter()
            .write(text + "\n(ref " + UUID.randomUUID() + ")\n");
    Multipart m =
        new Multipart()
            .file("file", fileName, "application/pdf", pdf)
            .field("procurementModel", model);
    if (vendor != null) {
      m.field("vendorOrganisation", String.valueOf(vendor));
    }
    HttpResponse<String> r = m.post(http, "api/v1/contracts", who);
    assertEquals(202, r.statusCode(), r.body());
    return json(r.body()).getJsonNumber("contractId").longValue();
  }

  private static void awaitAnalysis(Http http, String who, long contractId)
      throws InterruptedException {
    long deadline = System.nanoTime() + 240_000_000_000L;
    String status = "";
    while (System.nanoTime() < deadline) {
      status =
          json(http.get("api/v1/contracts/" + contractId, who).body())
              .getJsonObject("latestVersion")
              .getString("status");
      if (status.equals("ANALYSED") || status.equals("FAILED")) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals("ANALYSED", status, "contract " + contractId + " analysed");
  }

  private static String sample(String name) throws IOException {
    return Files.readString(Path.of("contracts-templates/samples", name), StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> deleteQuestion(Http http, long id, int no, String who) {
    return http.send(
        HttpRequest.newBuilder(http.uri("api/v1/self-assessments/" + id + "/questions/" + no))
            .header("Authorization", who)
            .DELETE()
            .build());
  }

  private static HttpResponse<String> post(Http http, String path, String who, String json) {
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", who)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.isEmpty() ? "{}" : json))
            .build());
  }

  private static HttpResponse<String> put(Http http, String path, String who, String json) {
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", who)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static byte[] zip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Rewrites submission.json and the manifest's entry for it, as a careful forger would. */
  private static Map<String, byte[]> withSubmission(
      Map<String, byte[]> files, java.util.function.UnaryOperator<JsonObject> change) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    byte[] submission =
        change
            .apply(json(new String(files.get("submission.json"), StandardCharsets.UTF_8)))
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    copy.put("submission.json", submission);
    JsonObject manifest = json(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
    JsonArrayBuilder entries = Json.createArrayBuilder();
    for (JsonValue v : manifest.getJsonArray("files")) {
      JsonObject e = v.asJsonObject();
      if (e.getString("path").equals("submission.json")) {
        e =
            Json.createObjectBuilder(e)
                .add("size", submission.length)
                .add("sha256", sha256(submission))
                .build();
      }
      entries.add(e);
    }
    copy.put(
        "manifest.json",
        Json.createObjectBuilder(manifest)
            .add("files", entries)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8));
    return copy;
  }

  private static JsonObject rewriteFirstAnswerItem(JsonObject submission, String itemId) {
    JsonArrayBuilder answers = Json.createArrayBuilder();
    boolean done = false;
    for (JsonValue v : submission.getJsonArray("answers")) {
      JsonObject a = v.asJsonObject();
      if (!done && !absent(a, "itemId")) {
        a = Json.createObjectBuilder(a).add("itemId", itemId).build();
        done = true;
      }
      answers.add(a);
    }
    return Json.createObjectBuilder(submission).add("answers", answers).build();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Yasson leaves null fields out of the JSON altogether. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static JsonArray jsonArray(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  /** A multipart/form-data body built by hand: the JDK client has no builder for one. */
  private static final class Multipart {
    private final String boundary = "----shinsa" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
      write(value + "\r\n");
      return this;
    }

    Multipart file(String name, String fileName, String type, byte[] bytes) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + fileName
              + "\"\r\nContent-Type: "
              + type
              + "\r\n\r\n");
      body.writeBytes(bytes);
      write("\r\n");
      return this;
    }

    HttpResponse<String> post(Http http, String path, String who) {
      write("--" + boundary + "--\r\n");
      return http.send(
          HttpRequest.newBuilder(http.uri(path))
              .header("Authorization", who)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build());
    }

    private void write(String s) {
      body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
