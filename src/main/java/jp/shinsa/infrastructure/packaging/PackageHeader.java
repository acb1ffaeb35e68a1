package jp.shinsa.infrastructure.packaging;

import java.time.Instant;
import java.util.Objects;
import jp.shinsa.domain.checklist.ProcurementModel;

/**
 * What the manifest says about the package as a whole.
 *
 * @param formatVersion package format version (see {@link PackageFormat#VERSION})
 * @param createdAt when the package was built
 * @param supplierCode the supplier organisation's code in the portal that built the package
 * @param supplierName the supplier's name as it should appear on the cover
 * @param procurementModel the METI model the supplier bids under
 * @param catalogueVersion the checklist catalogue the self-assessment was judged under
 * @param procurementTitle the procurement the package is for, or null for a general package
 */
public record PackageHeader(
    String formatVersion,
    Instant createdAt,
    String supplierCode,
    String supplierName,
    ProcurementModel procurementModel,
    String catalogueVersion,
    String procurementTitle) {

  public PackageHeader {
    Objects.requireNonNull(formatVersion, "formatVersion");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(supplierCode, "supplierCode");
    Objects.requireNonNull(supplierName, "supplierName");
    Objects.requireNonNull(procurementModel, "procurementModel");
    Objects.requireNonNull(catalogueVersion, "catalogueVersion");
  }

  /** A header in the current format. */
  public static PackageHeader of(
      Instant createdAt,
      String supplierCode,
      String supplierName,
      ProcurementModel model,
      String catalogueVersion,
      String procurementTitle) {
    return new PackageHeader(
        PackageFormat.VERSION,
        createdAt,
        supplierCode,
        supplierName,
        model,
        catalogueVersion,
        procurementTitle);
  }
}
