package jp.shinsa.domain.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.shinsa.domain.questionnaire.QuestionnaireRuleException.Violation;
import org.junit.jupiter.api.Test;

class EvidencePolicyTest {

  private static final EvidencePolicy POLICY = EvidencePolicy.defaults();
  private static final byte[] PDF =
      "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13
  };
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
  private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Violation refusal(String name, byte[] content) {
    return assertThrows(QuestionnaireRuleException.class, () -> POLICY.check(name, content))
        .violation();
  }

  @Test
  void acceptsEachAllowedTypeByContent() throws IOException {
    assertEquals(EvidenceType.PDF, POLICY.check("ISMAP登録.pdf", PDF));
    assertEquals(EvidenceType.PNG, POLICY.check("screen.PNG", PNG));
    assertEquals(EvidenceType.JPEG, POLICY.check("scan.jpeg", JPEG));
    assertEquals(
        EvidenceType.TEXT, POLICY.check("note.txt", "保存期間は30日".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        EvidenceType.CSV,
        POLICY.check(
            "logs.csv", "日付,件数\r\n2026-01-01,3\r\n".getBytes(Charset.forName("windows-31j"))));
    assertEquals(
        EvidenceType.XLSX,
        POLICY.check("sheet.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")));
    assertEquals(
        EvidenceType.DOCX,
        POLICY.check("policy.docx", zip("[Content_Types].xml", "word/document.xml")));
  }

  @Test
  void refusesAnExecutableRenamedToPdf() {
    assertEquals(Violation.EVIDENCE_TYPE_NOT_ALLOWED, refusal("report.pdf", EXE));
  }

  @Test
  void refusesContentWhoseTypeDisagreesWithTheName() {
    assertEquals(Violation.EVIDENCE_TYPE_NOT_ALLOWED, refusal("report.pdf", PNG));
    assertEquals(Violation.EVIDENCE_TYPE_NOT_ALLOWED, refusal("report.exe", PDF));
    assertEquals(Violation.EVIDENCE_TYPE_NOT_ALLOWED, refusal("report", PDF));
  }

  @Test
  void refusesZipsThatAreNotOfficeDocuments() throws IOException {
    assertEquals(Violation.EVIDENCE_TYPE_NOT_ALLOWED, refusal("data.xlsx", zip("payload.bin")));
    assertEquals(
        Violation.EVIDENCE_TYPE_NOT_ALLOWED,
        refusal("policy.xlsx", zip("[Content_Types].xml", "word/document.xml")));
  }

  @Test
  void refusesBinaryDataCalledText() {
    assertEquals(
        Violation.EVIDENCE_TYPE_NOT_ALLOWED, refusal("notes.txt", new byte[] {'a', 0, 'b'}));
    assertEquals(Violation.EVIDENCE_TYPE_NOT_ALLOWED, refusal("empty.txt", new byte[0]));
  }

  @Test
  void refusesFilesAboveTheConfiguredLimit() {
    EvidencePolicy small = new EvidencePolicy(16);
    byte[] seventeen = "%PDF-1.7 padding.".getBytes(StandardCharsets.US_ASCII);
    assertEquals(17, seventeen.length);
    QuestionnaireRuleException e =
        assertThrows(QuestionnaireRuleException.class, () -> small.check("big.pdf", seventeen));
    assertEquals(Violation.EVIDENCE_TOO_LARGE, e.violation());
    assertEquals(
        EvidenceType.PDF,
        small.check("ok.pdf", "%PDF-1.7 pad".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void defaultLimitIsTwentyMegabytes() {
    assertEquals(20L * 1024 * 1024, EvidencePolicy.defaults().maxBytes());
  }

  @Test
  void evidenceFileRecordsHashSizeTypeAndPeriodAndDropsClientPaths() {
    byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);
    EvidenceFile file =
        EvidenceFile.of(
            "C:\\Users\\taro\\監査報告.txt",
            bytes,
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2026, 3, 31),
            POLICY,
            Instant.EPOCH);
    assertEquals("監査報告.txt", file.getFileName());
    assertEquals("text/plain", file.getMediaType());
    assertEquals(3, file.getSizeBytes());
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", file.getSha256());
    assertEquals(LocalDate.of(2025, 4, 1), file.getPeriodFrom());
  }

  @Test
  void overlongNamesAreShortenedKeepingTheExtension() {
    EvidenceFile file =
        EvidenceFile.of("報".repeat(300) + ".pdf", PDF, null, null, POLICY, Instant.EPOCH);
    assertEquals(255, file.getFileName().length());
    assertEquals(EvidenceType.PDF, EvidenceType.detect(file.getFileName(), PDF).orElseThrow());
  }

  @Test
  void evidencePeriodMustNotEndBeforeItStarts() {
    QuestionnaireRuleException e =
        assertThrows(
            QuestionnaireRuleException.class,
            () ->
                EvidenceFile.of(
                    "a.pdf",
                    PDF,
                    LocalDate.of(2026, 1, 2),
                    LocalDate.of(2026, 1, 1),
                    POLICY,
                    Instant.EPOCH));
    assertEquals(Violation.INVALID_EVIDENCE_PERIOD, e.violation());
  }
}
