package jp.shinsa.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.shinsa.testsupport.Browser;
import jp.shinsa.testsupport.Deployments;
import jp.shinsa.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A vendor answering a questionnaire, and a supplier answering one in advance on its own, in real
 * headless Chromium against a real Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionnaireBrowserIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");
  private static final String VENDOR = Http.basic("vendor.sakura", "Vendor#2026");
  private static final String SUPPLIER = Http.basic("supplier.sakura", "Supplier#2026");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.shippedWar();
  }

  @ArquillianResource URL base;

  @Test
  void aVendorAnswersAQuestionWithAnEvidenceFileAndSubmits() throws Exception {
    Http http = new Http(base);
    String title = "Browser " + UUID.randomUUID();
    long id = sentQuestionnaire(http, title);
    JsonObject sent = json(http.get("api/v1/questionnaires/" + id, VENDOR).body());
    List<Integer> required =
        sent.getJsonArray("questions").stream()
            .map(JsonValue::asJsonObject)
            .filter(q -> q.getBoolean("required"))
            .map(q -> q.getInt("number"))
            .toList();
    int first = required.get(0);
    Path dir = Files.createTempDirectory("shinsa-evidence");
    Path evidence = dir.resolve("ismap-registration.pdf");
    Files.writeString(
        evidence, "%PDF-1.4\n% ISMAP registration\n%%EOF\n", StandardCharsets.US_ASCII);

    try (Browser b = Browser.open("en-US")) {
      signIn(b, "vendor.sakura", "Vendor#2026");
      b.waitForText("#questionnaires", title);
      b.get(base + "app/questionnaires/view.xhtml?id=" + id);
      b.waitForText("#status", "Sent");

      String row = answerYes(b, first, "Registered on the ISMAP list since April 2025.");

      b.find("#evidence\\:file").sendKeys(evidence.toString());
      b.type("#evidence\\:from", "2025-04-01");
      b.type("#evidence\\:to", "2026-03-31");
      b.click("#evidence\\:upload");
      b.waitForText(row + ".evidence", "ismap-registration.pdf");
      assertTrue(b.text(row + ".evidence").contains("2025-04-01"), "the period is shown");

      answerYesByRest(http, id, required.subList(1, required.size()), VENDOR);
      b.get(base + "app/questionnaires/view.xhtml?id=" + id);
      b.click("#actions\\:submit");
      b.waitForText("#status", "Submitted");
    }

    JsonObject seenByOfficer = json(http.get("api/v1/questionnaires/" + id, OFFICER).body());
    JsonObject answer =
        seenByOfficer.getJsonArray("questions").stream()
            .map(JsonValue::asJsonObject)
            .filter(q -> q.getInt("number") == first)
            .findFirst()
            .orElseThrow()
            .getJsonObject("answer");
    assertEquals("YES", answer.getString("value"));
    assertEquals("SUBMITTED", answer.getString("state"));
    JsonObject file = answer.getJsonArray("evidence").getJsonObject(0);
    assertEquals("ismap-registration.pdf", file.getString("fileName"));
    assertEquals("2026-03-31", file.getString("periodTo"));
    assertEquals(Files.size(evidence), file.getJsonNumber("sizeBytes").longValue());
  }

  @Test
  void aSupplierPreparesASelfAssessmentAndMarksItComplete() throws Exception {
    Http http = new Http(base);
    String title = "Advance " + UUID.randomUUID();
    try (Browser b = Browser.open("en-US")) {
      signIn(b, "supplier.sakura", "Supplier#2026");
      b.waitForText("#create", "self-assessment");
      b.type("#create\\:title", title);
      b.click("#create\\:submit");
      b.waitForText("#status", "Being prepared");
      assertTrue(b.text("#selfAssessmentNote").contains("Submission packages"));
      long id = Long.parseLong(b.driver().getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1"));

      JsonObject q = json(http.get("api/v1/questionnaires/" + id, SUPPLIER).body());
      assertEquals("SELF_ASSESSMENT", q.getString("kind"));
      List<Integer> required =
          q.getJsonArray("questions").stream()
              .map(JsonValue::asJsonObject)
              .filter(x -> x.getBoolean("required"))
              .map(x -> x.getInt("number"))
              .toList();
      // It adds a METI item it also wants to evidence, then drops it again; required questions
      // offer no such button.
      int next = q.getJsonArray("questions").size() + 1;
      new Select(b.find("#addItem\\:item")).selectByValue("AUD-03");
      b.click("#addItem\\:add");
      String added = "tr.question[data-number='" + next + "'] ";
      b.waitForText(added, "AUD-03");
      assertTrue(
          b.driver()
              .findElements(
                  By.cssSelector(
                      "tr.question[data-number='" + required.get(0) + "'] input[id$=':drop']"))
              .isEmpty(),
          "a required question cannot be dropped");
      b.click(added + "input[id$=':drop']");
      b.waitUntil(
          d -> d.findElements(By.cssSelector("tr.question[data-number='" + next + "']")).isEmpty());
      String row = answerYes(b, required.get(0), "Answered before any agency asked.");
      answerYesByRest(http, id, required.subList(1, required.size()), SUPPLIER);
      b.get(base + "app/questionnaires/view.xhtml?id=" + id);
      b.click("#actions\\:markComplete");
      b.waitForText("#status", "Complete");
      String history =
          b.find(row + ".exchange-entry").getAttribute("textContent").replaceAll("\\s+", " ");
      assertTrue(history.contains("Round 1"), history);
      assertTrue(history.contains("Answered before any agency asked."), history);
      assertTrue(history.contains("supplier.sakura"), history);
    }
    assertTrue(
        !http.get("api/v1/questionnaires", OFFICER).body().contains(title),
        "the agency does not see the self-assessment");
  }

  /** Opens the questionnaire list, which sends the browser to sign in first. */
  private void signIn(Browser b, String user, String password) {
    b.get(base + "app/questionnaires/list.xhtml");
    b.waitUntil(d -> d.getCurrentUrl().contains("login.xhtml"));
    b.type("#login\\:username", user);
    b.type("#login\\:password", password);
    b.click("#login\\:submit");
  }

  /** Answers YES with an explanation on the open questionnaire page; returns the row's selector. */
  private static String answerYes(Browser b, int number, String explanation) {
    String row = "tr.question[data-number='" + number + "'] ";
    b.click(row + "input[id$=':answer']");
    b.waitForText("#answerTitle", "Q" + number);
    b.click("#answer\\:value\\:0");
    b.type("#answer\\:explanation", explanation);
    b.click("#answer\\:save");
    b.waitForText(row + ".answer-explanation", explanation.substring(0, 20));
    return row;
  }

  private static void answerYesByRest(Http http, long id, List<Integer> numbers, String who) {
    for (int no : numbers) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(
                      http.uri("api/v1/questionnaires/" + id + "/questions/" + no + "/answer"))
                  .header("Authorization", who)
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"YES\"}"))
                  .build());
      assertEquals(200, r.statusCode(), r.body());
    }
  }

  private static long sentQuestionnaire(Http http, String title) {
    long sakura =
        Json.createReader(new StringReader(http.get("api/v1/organisations", OFFICER).body()))
            .readArray()
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("code").equals("sakura-ai"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    String body =
        Json.createObjectBuilder()
            .add("vendorOrganisationId", sakura)
            .add("title", title)
            .add("procurementModel", "M1")
            .build()
            .toString();
    HttpResponse<String> created = post(http, "api/v1/questionnaires", body);
    assertEquals(201, created.statusCode(), created.body());
    long id = json(created.body()).getJsonNumber("id").longValue();
    assertEquals(200, post(http, "api/v1/questionnaires/" + id + "/send", "{}").statusCode());
    return id;
  }

  private static HttpResponse<String> post(Http http, String path, String json) {
    return http.send(
        HttpRequest.newBuilder(http.uri(path))
            .header("Authorization", OFFICER)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
