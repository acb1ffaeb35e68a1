package jp.shinsa.infrastructure.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.questionnaire.AnswerValue;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.infrastructure.packaging.SubmissionPackageException.Problem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SubmissionPackageTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final String QUOTE = "当社は、本サービスの品質向上のために、お客様の入力データを利用することができます。";
  private static final String EVIDENCE_PATH = PackageFormat.evidencePath(1, "ISMAP登録.pdf");
  private static final byte[] EVIDENCE = bytes("%PDF-1.7 ISMAP registration 2025");
  private static final byte[] TERMS = bytes("%PDF-1.4 standard terms of service\n%%EOF");

  private static SubmissionPackageWriter writer;
  private static SubmissionPackage original;
  private static byte[] zip;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static SubmissionPackage samplePackage() {
    PackageHeader header =
        PackageHeader.of(
            Instant.parse("2026-11-21T01:30:00Z"),
            "sample-ai",
            "株式会社サンプルAI",
            ProcurementModel.M1,
            CATALOGUE.version(),
            "生成AIチャットサービス調達");
    List<ItemJudgment> judgments =
        List.of(
            new ItemJudgment(
                "IN-USE-02",
                Outcome.UNFAVOURABLE,
                Severity.HIGH,
                List.of(new Evidence("第8条第2項", "8.2", 3, QUOTE)),
                "USE-IMPROVE",
                "Vendor may use input to improve its services",
                "事業者がサービス改善のために入力を利用できる"),
            new ItemJudgment(
                "AUD-03",
                Outcome.MISSING,
                Severity.HIGH,
                List.of(),
                "ABSENT",
                "No clause",
                "該当条項なし"),
            new ItemJudgment(
                "IN-USE-07",
                Outcome.SATISFIED,
                null,
                List.of(
                    new Evidence(
                        "Section 12.1",
                        "12.1",
                        5,
                        "Provider shall delete all Customer Data within 30 days.")),
                "DELETE-DUTY",
                null,
                null));
    EvidenceRef ref =
        new EvidenceRef(
            EVIDENCE_PATH,
            "ISMAP登録.pdf",
            "application/pdf",
            EVIDENCE.length,
            Hashing.sha256Hex(EVIDENCE),
            LocalDate.of(2025, 4, 1),
            LocalDate.of(2026, 3, 31));
    List<SubmittedAnswer> answers =
        List.of(
            new SubmittedAnswer(
                1,
                "DA-DATA-01",
                CATALOGUE.item("DA-DATA-01").map(ChecklistItem::question).orElseThrow(),
                AnswerValue.YES,
                "入力データを学習に利用しません。",
                List.of(ref)),
            new SubmittedAnswer(
                2,
                null,
                new LocalizedText("ログの保存期間は？", "Log retention?"),
                AnswerValue.PARTLY,
                null,
                List.of()));
    return new SubmissionPackage(
        header,
        new SubmissionContent(judgments, answers),
        List.of(new PackagedFile(PackageFormat.termsPath(1, "利用規約.pdf"), TERMS)),
        List.of(new PackagedFile(EVIDENCE_PATH, EVIDENCE)));
  }

  @BeforeAll
  static void writeSamplePackage() {
    writer = new SubmissionPackageWriter(SubmissionPdfRenderer.withConfiguredFont(CATALOGUE));
    original = samplePackage();
    zip = writer.write(original);
  }

  // ---- ZIP surgery helpers ----

  private static Map<String, byte[]> entries(byte[] zipBytes) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Rewrites the manifest so that it matches the entries again (a careful forger). */
  private static void remanifest(Map<String, byte[]> entries) {
    List<ManifestEntry> files = new ArrayList<>();
    entries.forEach(
        (path, content) -> {
          if (!path.equals(PackageFormat.MANIFEST)) {
            files.add(ManifestEntry.of(path, content));
          }
        });
    entries.put(PackageFormat.MANIFEST, PackageJson.manifest(original.header(), files));
  }

  private static SubmissionPackageException refused(byte[] zipBytes) {
    return assertThrows(
        SubmissionPackageException.class, () -> new SubmissionPackageReader().read(zipBytes));
  }

  // ---- specifications ----

  @Test
  void packageReadBackEqualsThePackageWritten() {
    ImportedPackage imported = new SubmissionPackageReader().read(zip);
    assertEquals(original, imported.submission());
    assertTrue(imported.submissionPdf().length > 1000);
  }

  @Test
  void manifestListsEveryOtherFileWithSizeAndSha256() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    assertEquals(
        List.of(
            "manifest.json",
            "submission.json",
            "submission.pdf",
            "terms/01-利用規約.pdf",
            "evidence/01-ISMAP登録.pdf"),
        List.copyOf(entries.keySet()));
    Manifest manifest = PackageJson.parseManifest(entries.get(PackageFormat.MANIFEST));
    assertEquals(original.header(), manifest.header());
    assertEquals(4, manifest.files().size());
    for (ManifestEntry f : manifest.files()) {
      byte[] content = entries.get(f.path());
      assertEquals(content.length, f.size(), f.path());
      assertEquals(Hashing.sha256Hex(content), f.sha256(), f.path());
    }
  }

  @Test
  void submissionPdfEmbedsAJapaneseFontAndShowsOutcomesEvidenceAndAnswers() throws IOException {
    byte[] pdf = new SubmissionPackageReader().read(zip).submissionPdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertTrue(text.contains("株式会社サンプルAI"));
      assertTrue(text.contains("IN-USE-02"));
      assertTrue(text.contains("不利UNFAVOURABLE"));
      assertTrue(text.contains("第8条第2項"));
      assertTrue(text.contains(QUOTE.replaceAll("\\s+", "")), "the quote is shown in full");
      assertTrue(text.contains("入力データを学習に利用しません。"));
      assertTrue(text.contains("ISMAP登録.pdf(2025-04-01〜2026-03-31)"));
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName());
        }
      }
    }
  }

  @Test
  void longChecklistsFlowOverSeveralPages() throws IOException {
    List<ItemJudgment> many =
        CATALOGUE.itemsFor(ProcurementModel.M1).stream()
            .map(
                i ->
                    new ItemJudgment(
                        i.id(),
                        Outcome.PARTIAL,
                        Severity.MEDIUM,
                        List.of(new Evidence("第3条", "3", 1, QUOTE.repeat(3))),
                        "R",
                        "weak",
                        "弱い"))
            .toList();
    SubmissionPackage big =
        new SubmissionPackage(
            original.header(),
            new SubmissionContent(many, original.content().answers()),
            original.terms(),
            original.evidence());
    ImportedPackage imported = new SubmissionPackageReader().read(writer.write(big));
    assertEquals(big, imported.submission());
    try (PDDocument doc = Loader.loadPDF(imported.submissionPdf())) {
      assertTrue(doc.getNumberOfPages() > 5, "pages: " + doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains(many.get(many.size() - 1).itemId()));
    }
  }

  @Test
  void aChangedFileIsRejectedAsTamperedWithItsName() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.put(EVIDENCE_PATH, bytes("%PDF-1.7 ISMAP registration 2099"));
    SubmissionPackageException e = refused(zipOf(entries));
    assertEquals(Problem.TAMPERED, e.problem());
    assertEquals(EVIDENCE_PATH, e.path());
    assertTrue(e.getMessage().contains(EVIDENCE_PATH));
  }

  @Test
  void changedOutcomesInSubmissionJsonAreTamperedToo() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    String json = new String(entries.get("submission.json"), StandardCharsets.UTF_8);
    entries.put("submission.json", bytes(json.replace("UNFAVOURABLE", "SATISFIED")));
    SubmissionPackageException e = refused(zipOf(entries));
    assertEquals(Problem.TAMPERED, e.problem());
    assertEquals("submission.json", e.path());
  }

  @Test
  void aFileTheManifestDoesNotListIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.put("evidence/99-extra.pdf", EVIDENCE);
    SubmissionPackageException e = refused(zipOf(entries));
    assertEquals(Problem.UNLISTED_FILE, e.problem());
    assertEquals("evidence/99-extra.pdf", e.path());
  }

  @Test
  void aListedFileThatIsAbsentIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.remove(EVIDENCE_PATH);
    SubmissionPackageException e = refused(zipOf(entries));
    assertEquals(Problem.MISSING_FILE, e.problem());
    assertEquals(EVIDENCE_PATH, e.path());
  }

  @Test
  void entriesClimbingOutOfThePackageAreRejected() throws IOException {
    for (String evil :
        List.of(
            "../evil.txt",
            "evidence/../../evil.txt",
            "/etc/passwd",
            "C:/x.txt",
            "evidence\\..\\x")) {
      Map<String, byte[]> entries = entries(zip);
      entries.put(evil, bytes("x"));
      SubmissionPackageException e = refused(zipOf(entries));
      assertEquals(Problem.UNSAFE_PATH, e.problem(), evil);
      assertEquals(evil, e.path());
    }
  }

  @Test
  void aManifestListingAPathOutsideThePackageIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    List<ManifestEntry> files =
        new ArrayList<>(PackageJson.parseManifest(entries.get("manifest.json")).files());
    files.add(new ManifestEntry("evidence/../../x", 1, "0".repeat(64)));
    entries.put("manifest.json", PackageJson.manifest(original.header(), files));
    assertEquals(Problem.UNSAFE_PATH, refused(zipOf(entries)).problem());
  }

  @Test
  void aZipBombIsStoppedAtTheUncompressedLimit() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.put("evidence/02-bomb.txt", new byte[16 * 1024 * 1024]);
    byte[] bomb = zipOf(entries);
    assertTrue(bomb.length < 200_000, "compressed to " + bomb.length);
    SubmissionPackageException e =
        assertThrows(
            SubmissionPackageException.class,
            () ->
                new SubmissionPackageReader(
                        new SubmissionPackageReader.Limits(4L * 1024 * 1024, 500))
                    .read(bomb));
    assertEquals(Problem.TOO_LARGE, e.problem());
  }

  @Test
  void tooManyEntriesAreRejected() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    for (int i = 0; i < 20; i++) {
      entries.put("evidence/x" + i + ".txt", bytes("x"));
    }
    SubmissionPackageException e =
        assertThrows(
            SubmissionPackageException.class,
            () ->
                new SubmissionPackageReader(new SubmissionPackageReader.Limits(Long.MAX_VALUE, 10))
                    .read(zipOf(entries)));
    assertEquals(Problem.TOO_LARGE, e.problem());
  }

  @Test
  void somethingThatIsNotAZipIsRejected() {
    assertEquals(Problem.NOT_A_ZIP, refused(TERMS).problem());
    assertEquals(Problem.NOT_A_ZIP, refused(new byte[0]).problem());
    byte[] truncated = java.util.Arrays.copyOf(zip, 40);
    assertEquals(Problem.NOT_A_ZIP, refused(truncated).problem());
  }

  @Test
  void aMissingOrForeignManifestIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.remove("manifest.json");
    assertEquals(Problem.BAD_MANIFEST, refused(zipOf(entries)).problem());

    entries.put("manifest.json", bytes("{\"format\": \"something-else\"}"));
    assertEquals(Problem.BAD_MANIFEST, refused(zipOf(entries)).problem());

    entries.put("manifest.json", bytes("not json"));
    assertEquals(Problem.BAD_MANIFEST, refused(zipOf(entries)).problem());
  }

  @Test
  void theSamePathTwiceIsRejected() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    String twin = EVIDENCE_PATH.replace("ISMAP", "ISMAQ");
    entries.put(twin, EVIDENCE);
    byte[] forged = zipOf(entries);
    // Rename the twin in its local and central headers: ZipOutputStream itself refuses duplicates.
    byte[] from = twin.getBytes(StandardCharsets.UTF_8);
    byte[] to = EVIDENCE_PATH.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i <= forged.length - from.length; i++) {
      if (java.util.Arrays.equals(forged, i, i + from.length, from, 0, from.length)) {
        System.arraycopy(to, 0, forged, i, to.length);
      }
    }
    SubmissionPackageException e = refused(forged);
    assertEquals(Problem.DUPLICATE_ENTRY, e.problem());
    assertEquals(EVIDENCE_PATH, e.path());
  }

  @Test
  void anEntryRenamedOnlyInTheCentralDirectoryIsRejected() {
    // Unpacking tools read the central directory, the verifier the local headers: a file that
    // looks different in the two views would reach the buyer unverified.
    byte[] forged = zip.clone();
    byte[] from = EVIDENCE_PATH.getBytes(StandardCharsets.UTF_8);
    byte[] to = EVIDENCE_PATH.replace("ISMAP", "ISMAQ").getBytes(StandardCharsets.UTF_8);
    int last = -1;
    for (int i = 0; i <= forged.length - from.length; i++) {
      if (java.util.Arrays.equals(forged, i, i + from.length, from, 0, from.length)) {
        last = i;
      }
    }
    System.arraycopy(to, 0, forged, last, to.length);
    SubmissionPackageException e = refused(forged);
    assertEquals(Problem.UNLISTED_FILE, e.problem());
    assertEquals(EVIDENCE_PATH.replace("ISMAP", "ISMAQ"), e.path());
  }

  @Test
  void streamsLargerThanTheLimitAreRefusedBeforeUnpacking() {
    SubmissionPackageException e =
        assertThrows(
            SubmissionPackageException.class,
            () ->
                new SubmissionPackageReader(new SubmissionPackageReader.Limits(1024, 500))
                    .read(new ByteArrayInputStream(zip)));
    assertEquals(Problem.TOO_LARGE, e.problem());
  }

  @Test
  void answersReferringToEvidenceThePackageLacksAreRejectedEvenWithAConsistentManifest()
      throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.remove(EVIDENCE_PATH);
    remanifest(entries);
    SubmissionPackageException e = refused(zipOf(entries));
    assertEquals(Problem.BAD_CONTENT, e.problem());
    assertTrue(e.getMessage().contains(EVIDENCE_PATH), e.getMessage());
  }

  @Test
  void malformedSubmissionJsonIsRejectedAsBadContent() throws IOException {
    Map<String, byte[]> entries = entries(zip);
    entries.put(
        "submission.json",
        bytes("{\"judgments\": [{\"itemId\": \"X\", \"outcome\": \"GREAT\"}], \"answers\": []}"));
    remanifest(entries);
    SubmissionPackageException e = refused(zipOf(entries));
    assertEquals(Problem.BAD_CONTENT, e.problem());
    assertEquals("submission.json", e.path());
  }

  @Test
  void writerRefusesAnswersThatReferToEvidenceItDoesNotCarry() {
    SubmissionPackage withoutEvidence =
        new SubmissionPackage(original.header(), original.content(), original.terms(), List.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> writer.write(withoutEvidence));
    assertTrue(e.getMessage().contains(EVIDENCE_PATH));
  }

  @Test
  void writerRefusesTermsThatAreNotPdf() {
    SubmissionPackage bad =
        new SubmissionPackage(
            original.header(),
            original.content(),
            List.of(new PackagedFile("terms/01-terms.pdf", bytes("MZ not a pdf"))),
            original.evidence());
    assertThrows(IllegalArgumentException.class, () -> writer.write(bad));
  }

  @Test
  void missingFontIsAClearErrorNamingThePathAndTheSetting() {
    Path nowhere = Path.of("/nonexistent/fonts/ipag.ttf");
    JapaneseFont.PdfFontMissingException e =
        assertThrows(
            JapaneseFont.PdfFontMissingException.class,
            () -> new SubmissionPdfRenderer(nowhere, CATALOGUE));
    assertTrue(e.getMessage().contains(nowhere.toString()));
    assertTrue(e.getMessage().contains(JapaneseFont.PROPERTY));
  }

  @Test
  void packageFileNamesCannotActAsPaths() {
    assertEquals("evidence/03-passwd", PackageFormat.evidencePath(3, "../../etc/passwd"));
    assertEquals(
        "evidence/01-report.pdf", PackageFormat.evidencePath(1, "C:\\Users\\taro\\report.pdf"));
    assertEquals("terms/02-_htaccess", PackageFormat.termsPath(2, ".htaccess"));
    assertTrue(PackageFormat.isSafePath(PackageFormat.evidencePath(4, "a:b*c?.pdf")));
  }

  @Test
  void sameInputGivesTheSameBytesExceptForTheGeneratedPdf() throws IOException {
    Map<String, byte[]> first = entries(zip);
    Map<String, byte[]> second = entries(writer.write(samplePackage()));
    assertArrayEquals(first.get("submission.json"), second.get("submission.json"));
    assertArrayEquals(first.get(EVIDENCE_PATH), second.get(EVIDENCE_PATH));
  }
}
