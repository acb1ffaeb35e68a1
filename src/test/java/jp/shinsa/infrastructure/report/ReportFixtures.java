package jp.shinsa.infrastructure.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.remediation.RemediationState;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;

/** Reports built from the bundled catalogue's real item titles. */
final class ReportFixtures {

  static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  static final Instant GENERATED = Instant.parse("2026-11-21T03:30:00Z");

  private ReportFixtures() {}

  static ChecklistItem item(String id) {
    return CATALOGUE.item(id).orElseThrow();
  }

  static GapReportRow row(
      String id, Outcome outcome, String ref, String quote, RemediationState state, LocalDate due) {
    return new GapReportRow(
        id,
        item(id).title(),
        outcome,
        false,
        outcome == Outcome.SATISFIED ? null : Severity.HIGH,
        ref,
        quote,
        state,
        state == RemediationState.FIXED_IN_VERSION ? 2 : null,
        due);
  }

  /** Three rows: an unfavourable training clause, a missing audit right, a satisfied item. */
  static GapReport small() {
    return new GapReport(
        "生成AIチャットサービス利用契約（デモ庁）",
        "2",
        ProcurementModel.M1,
        CATALOGUE.version(),
        GENERATED,
        null,
        List.of(
            row(
                "IN-USE-02",
                Outcome.UNFAVOURABLE,
                "第8条第2項",
                "乙は、甲データを本サービスの品質向上のために利用することができる。",
                RemediationState.SENT_TO_VENDOR,
                LocalDate.of(2026, 12, 15)),
            new GapReportRow(
                "AUD-03",
                item("AUD-03").title(),
                Outcome.MISSING,
                true,
                Severity.HIGH,
                null,
                null,
                RemediationState.FIXED_IN_VERSION,
                3,
                null),
            row("IN-EXT-06", Outcome.SATISFIED, "第20条", "乙は、甲の事前の書面による承諾なく…", null, null)));
  }

  /** Every priority item of the catalogue with a long quote each: several pages. */
  static GapReport large() {
    List<GapReportRow> rows = new ArrayList<>();
    String quote =
        "乙は、本契約の有効期間中及び終了後も、甲が本サービスに入力したデータ（個人情報を含む。）を、"
            + "本サービス及び乙の他のサービスの開発、改善及び品質向上のために、甲の承諾なく利用することができるものとし、"
            + "甲はこれに異議を述べないものとする。Provider may use Customer Data to improve its services.";
    for (ChecklistItem i : CATALOGUE.items()) {
      if (i.id().startsWith("AUD-") || i.id().startsWith("IN-")) {
        rows.add(row(i.id(), Outcome.PARTIAL, "第12条第3項", quote, RemediationState.OPEN, null));
      }
    }
    return new GapReport(
        "Cloud AI Master Services Agreement",
        "1",
        ProcurementModel.M2,
        "2025.1",
        GENERATED,
        null,
        rows);
  }
}
