package jp.shinsa.domain.questionnaire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.shinsa.domain.shared.ZipCentralDirectory;

/**
 * The kinds of evidence file a vendor may attach. Detection trusts the content, not the name: a
 * renamed executable must not pass as a PDF, so the bytes decide the type and the name's extension
 * must agree with them.
 */
public enum EvidenceType {
  PDF("application/pdf", Set.of("pdf")),
  PNG("image/png", Set.of("png")),
  JPEG("image/jpeg", Set.of("jpg", "jpeg")),
  TEXT("text/plain", Set.of("txt")),
  CSV("text/csv", Set.of("csv")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"));

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
  private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  // Japanese agencies and vendors still exchange CSV in Shift_JIS (Windows-31J), so plain text is
  // accepted in either encoding as long as it decodes cleanly and has no binary control bytes.
  private static final List<Charset> TEXT_CHARSETS =
      List.of(StandardCharsets.UTF_8, Charset.forName("windows-31j"));

  private final String mediaType;
  private final Set<String> extensions;

  EvidenceType(String mediaType, Set<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  public Set<String> extensions() {
    return extensions;
  }

  /**
   * The type of a file, judged from its content and confirmed by its name. Empty when the content
   * is none of the allowed types or the name's extension claims a different type.
   */
  public static Optional<EvidenceType> detect(String fileName, byte[] content) {
    String extension = extension(fileName);
    return contentType(content, extension).filter(t -> t.extensions.contains(extension));
  }

  private static Optional<EvidenceType> contentType(byte[] content, String extension) {
    if (content == null || content.length == 0) {
      return Optional.empty();
    }
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return officeType(content);
    }
    if (isPlainText(content)) {
      // Text has no magic number: only the extension can tell a CSV from a note.
      return Optional.of(CSV.extensions.contains(extension) ? CSV : TEXT);
    }
    return Optional.empty();
  }

  /** OOXML files are ZIPs; the part names in the central directory tell Word from Excel. */
  private static Optional<EvidenceType> officeType(byte[] content) {
    List<String> names = ZipCentralDirectory.entryNames(content).orElse(List.of());
    if (!names.contains("[Content_Types].xml")) {
      return Optional.empty();
    }
    if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
      return Optional.of(XLSX);
    }
    if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }

  private static boolean isPlainText(byte[] content) {
    for (byte b : content) {
      int c = b & 0xff;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return false;
      }
    }
    for (Charset charset : TEXT_CHARSETS) {
      try {
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(content));
        return true;
      } catch (CharacterCodingException e) {
        // try the next encoding
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
