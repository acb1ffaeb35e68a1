package jp.shinsa.infrastructure.report;

/** The export formats, with what an HTTP response needs to serve them. */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  CSV("text/csv; charset=UTF-8", "csv"),
  JSON("application/json; charset=UTF-8", "json");

  private final String mediaType;
  private final String extension;

  ReportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
