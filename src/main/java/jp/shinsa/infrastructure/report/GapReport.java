package jp.shinsa.infrastructure.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * Everything a gap and remediation report shows, already resolved by the application.
 *
 * @param contractTitle the contract's title as the buyer named it
 * @param contractVersion the version the findings belong to ("2", or a label)
 * @param model procurement model the contract was judged under
 * @param catalogueVersion checklist catalogue version used for the judgment
 * @param generatedAt when the report was produced
 * @param timeZone zone for showing times to people (JSON always carries UTC); null means Asia/Tokyo
 * @param rows one row per checklist item, in the order to print
 */
public record GapReport(
    String contractTitle,
    String contractVersion,
    ProcurementModel model,
    String catalogueVersion,
    Instant generatedAt,
    ZoneId timeZone,
    List<GapReportRow> rows) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

  public GapReport {
    Objects.requireNonNull(contractTitle, "contract title");
    Objects.requireNonNull(generatedAt, "generation time");
    timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
    rows = List.copyOf(rows);
  }
}
