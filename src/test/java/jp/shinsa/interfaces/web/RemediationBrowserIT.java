package jp.shinsa.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.shinsa.RemediationIT;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.testsupport.Browser;
import jp.shinsa.testsupport.Deployments;
import jp.shinsa.testsupport.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An officer in headless Chromium reviews findings, follows a gap to its remediation item and sends
 * it to the vendor, then downloads the Japanese PDF report, which must carry the Japanese titles of
 * the items (so the embedded font really renders Japanese).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemediationBrowserIT {

  private static final String OFFICER = Http.basic("officer", "Officer#2026");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.shippedWar();
  }

  @ArquillianResource URL base;

  @Test
  void officerReviewsFindingsSendsARemediationItemAndExportsTheJapanesePdf() throws Exception {
    long contract = fileContract();
    awaitItem(contract, "IN-USE-02");
    Catalogue catalogue = new CatalogueJsonReader().readBundled();

    try (Browser b = Browser.open("ja")) {
      b.get(base + "login.xhtml");
      b.type("#login\\:username", "officer");
      b.type("#login\\:password", "Officer#2026");
      b.click("#login\\:submit");
      b.waitForText("h1.shinsa-title", "ダッシュボード");

      // Review: confirm one finding, override another with a reason.
      b.get(base + "app/findings/view.xhtml?contract=" + contract);
      b.waitForText("h1.shinsa-title", "判定結果");
      b.find(".finding-IN-USE-02");
      b.click(".finding-IN-USE-02 .review-confirm");
      b.waitForText("#growl_container", "IN-USE-02 の審査を記録しました");

      b.click(".finding-IN-USE-09 .review-override");
      b.waitUntil(d -> d.findElement(By.id("reviewForm:outcome")).isDisplayed());
      b.click("#reviewForm\\:outcome input[value='PARTIAL']");
      b.type("#reviewForm\\:reason", "第三者提供の例外が広すぎる");
      b.click("#reviewForm\\:submit");
      b.waitForText(".finding-IN-USE-09 .override-mark", "担当官による上書き");
      b.waitForText(".finding-IN-USE-09 .remediation-link", "未着手");

      // Remediation: follow the training-use gap to its item and send it to the vendor.
      b.click(".finding-IN-USE-02 .remediation-link");
      b.waitForText("#itemId", "IN-USE-02");
      assertEquals(catalogue.item("IN-USE-02").orElseThrow().title().ja(), b.text("#itemTitle"));
      assertTrue(b.text("#problem").length() > 10, "the problem is stated in plain words");
      b.type("#item\\:note", "学習利用を禁止する条項を追加してください");
      b.click("#item\\:send");
      b.waitForText("#item\\:state", "ベンダへ送付済み");
      b.waitForText("#item\\:history", "ベンダへ送付済み");

      // Export: the Japanese PDF from the findings page, fetched with the browser's session.
      b.get(base + "app/findings/view.xhtml?contract=" + contract);
      String href = b.find("#reportPdfJa").getAttribute("href");
      String cookies =
          b.driver().manage().getCookies().stream()
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(Collectors.joining("; "));
      HttpResponse<byte[]> pdf =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, pdf.statusCode());
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      String text;
      try (PDDocument doc = Loader.loadPDF(pdf.body())) {
        text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      }
      for (String item : new String[] {"IN-USE-02", "AUD-02", "IN-USE-09"}) {
        String title = catalogue.item(item).orElseThrow().title().ja().replaceAll("\\s+", "");
        assertTrue(text.contains(title), item + " title '" + title + "' in the PDF: " + text);
      }
    }
  }

  private long fileContract() throws Exception {
    String title = "ブラウザ確認 " + UUID.randomUUID();
    String text = Files.readString(Path.of("src/test/resources/jp/shinsa/remediation-v1.txt"));
    byte[] pdf = new ContractPdfWriter().write(title + "\n\n" + text);
    Http http = new Http(base);
    HttpResponse<String> orgs = http.get("api/v1/organisations", OFFICER);
    assertEquals(200, orgs.statusCode(), base + " " + orgs.body());
    long sakura =
        Json.createReader(new StringReader(orgs.body())).readArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("code").equals("sakura-ai"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    RemediationIT.Multipart m = new RemediationIT.Multipart();
    m.file("file", "browser.pdf", pdf);
    m.field("vendorOrganisation", String.valueOf(sakura));
    m.field("title", title);
    m.field("procurementModel", "M1");
    HttpResponse<String> r = http.send(m.request(http.uri("api/v1/contracts"), OFFICER));
    assertEquals(202, r.statusCode(), r.body());
    return Json.createReader(new StringReader(r.body()))
        .readObject()
        .getJsonNumber("contractId")
        .longValue();
  }

  private void awaitItem(long contract, String itemId) throws InterruptedException {
    Http http = new Http(base);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<String> r = http.get("api/v1/remediation-items?contract=" + contract, OFFICER);
      if (r.statusCode() == 200
          && Json.createReader(new StringReader(r.body())).readArray().stream()
              .map(JsonValue::asJsonObject)
              .map((JsonObject o) -> o.getString("itemId"))
              .anyMatch(itemId::equals)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no remediation item for " + itemId + " in contract " + contract);
  }
}
