package jp.shinsa.infrastructure.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.crosscheck.AnsweredItem;
import jp.shinsa.domain.crosscheck.ContradictionKind;
import jp.shinsa.domain.crosscheck.CrossCheck;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.domain.questionnaire.AnswerValue;
import jp.shinsa.domain.questionnaire.EvidenceFile;
import jp.shinsa.domain.questionnaire.EvidencePolicy;
import jp.shinsa.domain.questionnaire.Questionnaire;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.infrastructure.crosscheck.CrosscheckRulesReader;
import org.junit.jupiter.api.Test;

class SubmissionAssemblerTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final long SUPPLIER = 7;
  private static final long BUYER = 3;
  private static final byte[] TERMS = "%PDF-1.4 terms".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] REPORT = "SOC 2 Type II 報告書の要約".getBytes(StandardCharsets.UTF_8);

  private static Questionnaire answered() {
    Instant t = Instant.parse("2026-11-01T00:00:00Z");
    Questionnaire q =
        new Questionnaire(BUYER, SUPPLIER, "調達", ProcurementModel.M1, "2025.1", null, t);
    q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, t);
    q.addCatalogueQuestion(CATALOGUE.item("DA-RISK-05").orElseThrow(), true, t);
    q.addOwnQuestion(new LocalizedText("補足", "Notes"), false, t);
    q.send(BUYER, t);
    q.saveAnswer(SUPPLIER, 1, AnswerValue.YES, "学習には利用しません", t);
    q.saveAnswer(SUPPLIER, 2, AnswerValue.YES, null, t);
    q.attachEvidence(
        SUPPLIER,
        2,
        EvidenceFile.of(
            "soc2.txt",
            REPORT,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            EvidencePolicy.defaults(),
            t),
        t);
    return q;
  }

  @Test
  void assembledPackageCarriesAnswersWordingAndEvidenceAndSurvivesTheRoundTrip() {
    List<ItemJudgment> judgments =
        List.of(
            new ItemJudgment(
                "IN-USE-02",
                Outcome.UNFAVOURABLE,
                Severity.HIGH,
                List.of(new Evidence("第8条", "8", 2, "当社は入力データをサービス改善に利用できる。")),
                "R",
                "r",
                "r"));
    SubmissionPackage pkg =
        SubmissionAssembler.assemble(
            PackageHeader.of(
                Instant.EPOCH, "sup", "サプライヤー株式会社", ProcurementModel.M1, "2025.1", null),
            judgments,
            answered(),
            CATALOGUE,
            List.of(new SubmissionAssembler.TermsDocument("../規約.pdf", TERMS)));

    assertEquals(List.of("terms/01-規約.pdf"), pkg.terms().stream().map(PackagedFile::path).toList());
    assertEquals(2, pkg.content().answers().size(), "the unanswered own question is left out");
    SubmittedAnswer audit = pkg.content().answers().get(1);
    assertEquals(CATALOGUE.item("DA-RISK-05").orElseThrow().question(), audit.question());
    assertEquals("evidence/01-soc2.txt", audit.evidence().get(0).path());
    assertArrayEquals(REPORT, pkg.evidence().get(0).bytes());
    assertEquals(LocalDate.of(2025, 12, 31), audit.evidence().get(0).periodTo());

    SubmissionPackageWriter writer =
        new SubmissionPackageWriter(SubmissionPdfRenderer.withConfiguredFont(CATALOGUE));
    ImportedPackage imported = new SubmissionPackageReader().read(writer.write(pkg));
    assertEquals(pkg, imported.submission());

    // The buyer cross-checks the imported answers against its own judgment of the terms.
    List<AnsweredItem> answers = imported.answeredItems();
    assertEquals(
        List.of("DA-DATA-01", "DA-RISK-05"), answers.stream().map(AnsweredItem::itemId).toList());
    var contradictions =
        new CrossCheck(new CrosscheckRulesReader().readBundled(CATALOGUE))
            .check(answers, judgments);
    assertEquals(ContradictionKind.CONTRADICTED, contradictions.get(0).kind());
    assertEquals("DA-DATA-01", contradictions.get(0).questionItemId());
  }

  @Test
  void packageWithoutQuestionnaireHasNoAnswers() {
    SubmissionPackage pkg =
        SubmissionAssembler.assemble(
            PackageHeader.of(Instant.EPOCH, "sup", "S", ProcurementModel.M2, "2025.1", null),
            List.of(),
            null,
            CATALOGUE,
            List.of());
    assertEquals(List.of(), pkg.content().answers());
    assertNull(pkg.header().procurementTitle());
  }
}
