package jp.shinsa.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.shinsa.domain.contract.layout.SourceLine;
import jp.shinsa.fixtures.ContractPdfWriter;
import jp.shinsa.infrastructure.ocr.TesseractOcr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned page must not be able to stall ingestion: an OCR engine that hangs or floods its output
 * is cut off at the configured timeout and the page is reported as not recognised.
 */
class HostileOcrTest {

  /** Only a guard against the old behaviour of waiting forever; the timeout under test is 1 s. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  /** A stand-in for tesseract that knows both languages but then behaves as {@code body}. */
  private TesseractOcr fakeTesseract(String body) throws IOException {
    Path script = dir.resolve("tesseract");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "if [ \"$1\" = \"--list-langs\" ]; then printf 'List of languages (2):\\neng\\njpn\\n';"
            + " exit 0; fi\n"
            + body
            + "\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return new TesseractOcr(script.toString(), "jpn+eng", Duration.ofSeconds(1));
  }

  @Test
  void aHangingOcrEngineIsCutOffAtTheTimeoutAndThePageIsNotRecognised() throws IOException {
    TesseractOcr ocr = fakeTesseract("exec sleep 600");
    assertTrue(ocr.isAvailable());
    Optional<List<SourceLine>> result =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> ocr.recognise(new BufferedImage(50, 50, 1), 1, 0.24));
    assertEquals(Optional.empty(), result);
  }

  @Test
  void anOcrEngineThatFloodsItsOutputAndNeverExitsIsCutOffToo() throws IOException {
    TesseractOcr ocr = fakeTesseract("while true; do echo flood; done");
    Optional<List<SourceLine>> result =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> ocr.recognise(new BufferedImage(50, 50, 1), 1, 0.24));
    assertEquals(Optional.empty(), result);
  }

  @Test
  void anOcrEngineThatExitsAfterAnAbsurdAmountOfOutputIsNotRead() throws IOException {
    TesseractOcr ocr = fakeTesseract("head -c 80000000 /dev/zero; exit 0");
    Optional<List<SourceLine>> result =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> ocr.recognise(new BufferedImage(50, 50, 1), 1, 0.24));
    assertEquals(Optional.empty(), result);
  }

  @Test
  void aScannedPageWhoseOcrHangsEndsAsNoTextWithAWarningNotAHang() throws IOException {
    byte[] scanned = new ContractPdfWriter().writeScanned("第1条（目的）\n本契約は、業務の委託について定める。\n");
    ContractPdfParser parser =
        new ContractPdfParser(
            IngestionLimits.DEFAULT,
            fakeTesseract("exec sleep 600"),
            PartyLexiconReader.fromClasspath());
    InvalidContractFileException e =
        assertTimeoutPreemptively(
            HANG_GUARD,
            () ->
                org.junit.jupiter.api.Assertions.assertThrows(
                    InvalidContractFileException.class, () -> parser.parse(scanned)));
    assertEquals(InvalidContractFileException.Code.NO_TEXT, e.getCode());
  }
}
