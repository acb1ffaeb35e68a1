package jp.shinsa.infrastructure.report;

/** No usable Japanese font for PDF reports; the message tells the administrator what to do. */
public class ReportFontMissingException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public ReportFontMissingException(String message) {
    super(message);
  }
}
