package jp.shinsa.infrastructure.pdf;

/**
 * An uploaded file that Shinsa cannot ingest as a contract. The {@link Code} is stable so the UI
 * and API can translate and count rejections; the message is plain English for logs and developers.
 */
public class InvalidContractFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the file was rejected. */
  public enum Code {
    /** The bytes are not a PDF at all (an image, HTML, Office file...). */
    NOT_PDF,
    /** A PDF that is damaged beyond repair (truncated, garbage, broken structure). */
    CORRUPT,
    /** The PDF needs a password to open. */
    ENCRYPTED,
    /** The file exceeds the configured size limit. */
    TOO_LARGE,
    /** The PDF has more pages than the configured limit. */
    TOO_MANY_PAGES,
    /** No page has any text, and OCR could not recover any. */
    NO_TEXT,
    /** The file could not be read from storage. */
    UNREADABLE
  }

  private final Code code;

  public InvalidContractFileException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public InvalidContractFileException(Code code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public Code getCode() {
    return code;
  }
}
