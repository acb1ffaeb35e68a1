package jp.shinsa.infrastructure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

  private final JsonReportWriter writer = new JsonReportWriter();

  private JsonObject written(ReportLanguage language) {
    byte[] bytes = writer.write(ReportFixtures.small(), language);
    return Json.createReader(new ByteArrayInputStream(bytes)).readObject();
  }

  @Test
  void theDocumentNamesItsFormatLanguageContractAndCatalogue() {
    JsonObject doc = written(ReportLanguage.JA);
    assertEquals(JsonReportWriter.FORMAT, doc.getString("format"));
    assertEquals("ja", doc.getString("language"));
    assertEquals("ギャップ・是正状況レポート", doc.getString("title"));
    JsonObject contract = doc.getJsonObject("contract");
    assertEquals("生成AIチャットサービス利用契約（デモ庁）", contract.getString("title"));
    assertEquals("2", contract.getString("version"));
    assertEquals("M1", contract.getString("model"));
    assertEquals(ReportFixtures.CATALOGUE.version(), doc.getString("catalogueVersion"));
    assertEquals("2026-11-21T03:30:00Z", doc.getString("generatedAt"));
  }

  @Test
  void rowsCarryStableCodesBesideLabelsAndNullsWhereThereIsNothing() {
    JsonObject doc = written(ReportLanguage.EN);
    assertEquals(3, doc.getJsonArray("rows").size());

    JsonObject training = doc.getJsonArray("rows").getJsonObject(0);
    assertEquals("IN-USE-02", training.getString("itemId"));
    assertEquals(ReportFixtures.item("IN-USE-02").title().en(), training.getString("title"));
    assertEquals("UNFAVOURABLE", training.getString("outcome"));
    assertEquals("Unfavourable", training.getString("outcomeLabel"));
    assertFalse(training.getBoolean("overridden"));
    assertEquals("HIGH", training.getString("severity"));
    assertEquals("第8条第2項", training.getJsonObject("evidence").getString("clause"));
    assertEquals("SENT_TO_VENDOR", training.getJsonObject("remediation").getString("state"));
    assertEquals("2026-12-15", training.getJsonObject("remediation").getString("dueDate"));

    JsonObject audit = doc.getJsonArray("rows").getJsonObject(1);
    assertTrue(audit.getBoolean("overridden"));
    assertEquals(JsonValue.NULL, audit.get("evidence"));
    assertEquals(3, audit.getJsonObject("remediation").getInt("fixedInVersion"));
    assertEquals(JsonValue.NULL, audit.getJsonObject("remediation").get("dueDate"));

    JsonObject satisfied = doc.getJsonArray("rows").getJsonObject(2);
    assertEquals(JsonValue.NULL, satisfied.get("severity"));
    assertEquals(JsonValue.NULL, satisfied.get("remediation"));
  }

  @Test
  void theSummaryCountsItemsPerOutcome() {
    JsonObject summary = written(ReportLanguage.JA).getJsonObject("summary");
    assertEquals(3, summary.getInt("items"));
    JsonObject byOutcome = summary.getJsonObject("byOutcome");
    assertEquals(1, byOutcome.getInt("UNFAVOURABLE"));
    assertEquals(1, byOutcome.getInt("MISSING"));
    assertEquals(1, byOutcome.getInt("SATISFIED"));
    assertEquals(0, byOutcome.getInt("PARTIAL"));
  }
}
