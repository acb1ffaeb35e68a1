package jp.shinsa.domain.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
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

class CrossCheckTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final CrosscheckRules RULES = new CrosscheckRulesReader().readBundled(CATALOGUE);
  private static final CrossCheck CHECK = new CrossCheck(RULES);

  private static final Evidence IMPROVE_CLAUSE =
      new Evidence("第8条第2項", "8.2", 3, "当社は、本サービスの品質向上及び新たな機能の開発のために、入力データを利用することができる。");

  private static ItemJudgment judged(String item, Outcome outcome, Evidence... evidence) {
    return new ItemJudgment(
        item, outcome, Severity.HIGH, List.of(evidence), "R-" + item, "reason", "理由");
  }

  private static AnsweredItem answer(int number, String item, AnswerValue value) {
    return new AnsweredItem(number, item, value, "vendor explanation");
  }

  @Test
  void trainingAnswerContradictedByAClauseLettingTheVendorUseInputToImproveItsModels() {
    List<Contradiction> found =
        CHECK.check(
            List.of(
                new AnsweredItem(
                    1,
                    "DA-DATA-01",
                    AnswerValue.YES,
                    "vendor explanation",
                    List.of("ismap.pdf (2025-04-01–2026-03-31)"))),
            List.of(
                judged("IN-USE-02", Outcome.UNFAVOURABLE, IMPROVE_CLAUSE),
                judged("IN-PRC-03", Outcome.MISSING),
                judged("IN-USE-01", Outcome.PARTIAL)));

    assertEquals(1, found.size(), found.toString());
    Contradiction c = found.get(0);
    assertEquals(ContradictionKind.CONTRADICTED, c.kind());
    assertEquals(Severity.HIGH, c.severity());
    assertEquals("XC-YES-UNFAVOURABLE", c.ruleId());
    assertEquals(1, c.questionNumber());
    assertEquals("DA-DATA-01", c.questionItemId());
    assertEquals(AnswerValue.YES, c.answer());
    assertEquals("vendor explanation", c.vendorExplanation());
    assertEquals(List.of("ismap.pdf (2025-04-01–2026-03-31)"), c.vendorEvidence());
    assertEquals(1, c.contract().size());
    ContractPosition position = c.contract().get(0);
    assertEquals("IN-USE-02", position.itemId());
    assertEquals(Outcome.UNFAVOURABLE, position.outcome());
    assertEquals(List.of(IMPROVE_CLAUSE), position.evidence());
  }

  @Test
  void auditYesAgainstAContractWithoutAuditClauseIsNotEvidencedRatherThanContradicted() {
    List<Contradiction> found =
        CHECK.check(
            List.of(answer(4, "DA-RISK-05", AnswerValue.YES)),
            List.of(
                judged("AUD-01", Outcome.MISSING),
                judged("AUD-02", Outcome.MISSING),
                judged("AUD-03", Outcome.MISSING),
                judged("AUD-04", Outcome.MISSING)));

    assertEquals(1, found.size(), found.toString());
    Contradiction c = found.get(0);
    assertEquals(ContradictionKind.NOT_EVIDENCED, c.kind());
    assertEquals("XC-YES-MISSING", c.ruleId());
    assertEquals(Severity.MEDIUM, c.severity());
    assertEquals(
        List.of("AUD-01", "AUD-02", "AUD-03", "AUD-04"),
        c.contract().stream().map(ContractPosition::itemId).toList());
    assertTrue(c.contract().stream().allMatch(p -> p.evidence().isEmpty()));
  }

  @Test
  void auditYesAgainstAClauseRefusingAuditsIsContradicted() {
    Evidence refusal = new Evidence("Section 14.3", "14.3", 9, "Provider will not permit audits.");
    List<Contradiction> found =
        CHECK.check(
            List.of(answer(4, "DA-RISK-05", AnswerValue.YES)),
            List.of(
                judged("AUD-01", Outcome.PARTIAL),
                judged("AUD-03", Outcome.UNFAVOURABLE, refusal)));
    assertEquals(1, found.size());
    assertEquals(ContradictionKind.CONTRADICTED, found.get(0).kind());
    assertEquals("AUD-03", found.get(0).contract().get(0).itemId());
  }

  @Test
  void anAnswerIsEvidencedWhenAnyLinkedTermSupportsIt() {
    assertEquals(
        List.of(),
        CHECK.check(
            List.of(answer(4, "DA-RISK-05", AnswerValue.YES)),
            List.of(judged("AUD-02", Outcome.SATISFIED), judged("AUD-03", Outcome.MISSING))));
  }

  @Test
  void yesAgainstOnlyWeakTermsIsWeaklyEvidenced() {
    List<Contradiction> found =
        CHECK.check(
            List.of(answer(2, "DA-CON-06", AnswerValue.YES)),
            List.of(judged("IN-EXT-02", Outcome.PARTIAL)));
    assertEquals(1, found.size());
    assertEquals(ContradictionKind.WEAKLY_EVIDENCED, found.get(0).kind());
    assertEquals(Severity.LOW, found.get(0).severity());
  }

  @Test
  void candidNoAnswersAgreeWithGapsInTheContract() {
    assertEquals(
        List.of(),
        CHECK.check(
            List.of(
                answer(1, "DA-DATA-01", AnswerValue.NO),
                answer(2, "DA-CON-06", AnswerValue.NO),
                answer(3, "DA-DATA-05", AnswerValue.NO)),
            List.of(
                judged("IN-USE-02", Outcome.UNFAVOURABLE, IMPROVE_CLAUSE),
                judged("IN-EXT-02", Outcome.MISSING),
                judged("IN-USE-07", Outcome.PARTIAL))));
  }

  @Test
  void noAgainstABindingContractTermIsFlaggedAsTheContractExceedingTheAnswer() {
    List<Contradiction> found =
        CHECK.check(
            List.of(answer(5, "DA-DATA-03", AnswerValue.NO)),
            List.of(judged("IN-USE-11", Outcome.SATISFIED), judged("IN-EXT-04", Outcome.MISSING)));
    assertEquals(1, found.size());
    assertEquals(ContradictionKind.CONTRACT_EXCEEDS_ANSWER, found.get(0).kind());
    assertEquals("IN-USE-11", found.get(0).contract().get(0).itemId());
  }

  @Test
  void notApplicableAgainstAVendorRightIsContradicted() {
    List<Contradiction> found =
        CHECK.check(
            List.of(answer(6, "DA-RISK-06", AnswerValue.NOT_APPLICABLE)),
            List.of(judged("IN-EXT-02", Outcome.UNFAVOURABLE)));
    assertEquals(ContradictionKind.CONTRADICTED, found.get(0).kind());
    assertEquals("XC-NA-UNFAVOURABLE", found.get(0).ruleId());
  }

  @Test
  void unjudgedOrNotApplicableLinkedItemsAreNotCompared() {
    assertEquals(
        List.of(),
        CHECK.check(
            List.of(
                answer(1, "DA-DATA-05", AnswerValue.YES), answer(2, "DA-CON-09", AnswerValue.YES)),
            List.of(judged("GEN-01", Outcome.NOT_APPLICABLE))));
  }

  @Test
  void metiItemAskedDirectlyIsComparedWithItsOwnJudgment() {
    List<Contradiction> found =
        CHECK.check(
            List.of(answer(7, "IN-USE-13", AnswerValue.YES)),
            List.of(judged("IN-USE-13", Outcome.UNFAVOURABLE)));
    assertEquals(1, found.size());
    assertEquals("IN-USE-13", found.get(0).contract().get(0).itemId());
  }

  @Test
  void questionsPhrasedSoThatYesAdmitsARiskAreMirrored() {
    CrosscheckRules inverted =
        new CrosscheckRules(
            "t",
            RULES.description(),
            false,
            List.of(
                new CrosscheckLink(
                    "DA-DATA-07", List.of("IN-USE-05"), new LocalizedText("閲覧", "review"), false)),
            RULES.rules());
    List<Contradiction> found =
        new CrossCheck(inverted)
            .check(
                List.of(answer(1, "DA-DATA-07", AnswerValue.NO)),
                List.of(judged("IN-USE-05", Outcome.UNFAVOURABLE)));
    assertEquals(ContradictionKind.CONTRADICTED, found.get(0).kind());
    assertEquals(AnswerValue.NO, found.get(0).answer(), "the vendor's own answer is shown");
  }

  @Test
  void findingsAreOrderedMostSevereFirst() {
    List<Contradiction> found =
        CHECK.check(
            List.of(
                answer(1, "DA-CON-06", AnswerValue.YES),
                answer(2, "DA-RISK-05", AnswerValue.YES),
                answer(3, "DA-DATA-01", AnswerValue.YES)),
            List.of(
                judged("IN-EXT-02", Outcome.PARTIAL),
                judged("AUD-03", Outcome.MISSING),
                judged("IN-USE-02", Outcome.UNFAVOURABLE, IMPROVE_CLAUSE)));
    assertEquals(List.of(3, 2, 1), found.stream().map(Contradiction::questionNumber).toList());
  }

  @Test
  void answersAreTakenFromTheCatalogueQuestionsOfAQuestionnaire() {
    Questionnaire q =
        new Questionnaire(1, 2, "調達", ProcurementModel.M1, "2025.1", null, Instant.EPOCH);
    q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, Instant.EPOCH);
    q.addOwnQuestion(new LocalizedText("独自の質問", "own"), false, Instant.EPOCH);
    q.addCatalogueQuestion(CATALOGUE.item("DA-RISK-05").orElseThrow(), false, Instant.EPOCH);
    q.send(1, Instant.EPOCH);
    q.saveAnswer(2, 1, AnswerValue.YES, "学習には使いません", Instant.EPOCH);
    q.saveAnswer(2, 2, AnswerValue.YES, null, Instant.EPOCH);

    q.attachEvidence(
        2,
        1,
        EvidenceFile.of(
            "policy.txt",
            "学習に利用しない方針".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            LocalDate.of(2026, 4, 1),
            null,
            EvidencePolicy.defaults(),
            Instant.EPOCH),
        Instant.EPOCH);

    assertEquals(
        List.of(
            new AnsweredItem(
                1,
                "DA-DATA-01",
                AnswerValue.YES,
                "学習には使いません",
                List.of("policy.txt (2026-04-01–)"))),
        AnsweredItem.from(q));
  }
}
