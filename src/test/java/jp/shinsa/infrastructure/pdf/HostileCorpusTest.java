package jp.shinsa.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import jp.shinsa.fixtures.hostile.HostileCorpus;
import jp.shinsa.fixtures.hostile.HostileFile;
import jp.shinsa.fixtures.hostile.HostileRunner;
import jp.shinsa.fixtures.hostile.Scale;
import jp.shinsa.infrastructure.ocr.TesseractOcr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every hostile file ends in a parsed contract or a coded rejection with a message: never another
 * exception, never a hang, never heap exhaustion, and rendering what parsed stays bounded too.
 */
class HostileCorpusTest {

  /** Only a guard against hangs; ordinary files take well under a second. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  private static final Scale SCALE = Scale.UNIT_TEST;
  private static final ConcurrentLinkedQueue<HostileRunner.Result> RESULTS =
      new ConcurrentLinkedQueue<>();

  /** PDFBox logs every repair it makes; hundreds of broken files would drown the build log. */
  private static final java.util.logging.Logger PDFBOX_LOG = quiet("org.apache");

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
    log.setLevel(java.util.logging.Level.OFF);
    return log;
  }

  @TestFactory
  Stream<DynamicTest> everyHostileFileEndsInAParsedContractOrACodedRejection() throws IOException {
    List<HostileFile> corpus = HostileCorpus.generate(SCALE);
    assertTrue(corpus.size() >= 200, "the corpus must hold at least 200 files");
    Path dir = Files.createTempDirectory("shinsa-hostile-");
    corpusDir = dir;
    HostileCorpus.writeTo(corpus, dir);
    IngestionLimits limits =
        new IngestionLimits(IngestionLimits.DEFAULT.maxBytes(), SCALE.maxPages());
    HostileRunner runner =
        new HostileRunner(
            new ContractPdfParser(limits, new TesseractOcr(), PartyLexiconReader.fromClasspath()),
            new PageRenderer(limits),
            false,
            72);
    return corpus.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.name(),
                    () -> {
                      HostileRunner.Result r =
                          assertTimeoutPreemptively(
                              HANG_GUARD, () -> runner.run(f, dir.resolve(f.name())));
                      RESULTS.add(r);
                      assertTrue(
                          r.clean(),
                          () ->
                              f.name()
                                  + " escaped as "
                                  + r.outcome()
                                  + " / render "
                                  + r.render()
                                  + ": "
                                  + r.message());
                      assertTrue(
                          r.asExpected(),
                          () ->
                              f.name()
                                  + " ended as "
                                  + r.outcome()
                                  + " but should be one of "
                                  + f.accepted()
                                  + ": "
                                  + r.message());
                      assertTrue(
                          r.outcome().equals(HostileFile.PARSED) || !r.message().isBlank(),
                          () -> f.name() + " was rejected without a message");
                      Files.deleteIfExists(dir.resolve(f.name()));
                    }));
  }

  private static Path corpusDir;

  @AfterAll
  static void printSummary() throws IOException {
    System.out.println(HostileRunner.summary(RESULTS, false));
    if (corpusDir != null) {
      try (Stream<Path> left = Files.list(corpusDir)) {
        for (Path p : left.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(corpusDir);
    }
  }
}
