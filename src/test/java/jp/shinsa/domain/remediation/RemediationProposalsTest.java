package jp.shinsa.domain.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.ModelClause;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.checklist.Severity;
import jp.shinsa.domain.judgment.Evidence;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.judgment.Outcome;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import jp.shinsa.infrastructure.catalogue.ModelClauseLibrary;
import org.junit.jupiter.api.Test;

class RemediationProposalsTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final List<ModelClause> CLAUSES = ModelClauseLibrary.bundled().all();
  private static final RemediationProposals.Target TARGET =
      new RemediationProposals.Target(1L, 2L, 10L, 100L);

  private static ItemJudgment finding(String itemId, Outcome outcome, List<Evidence> evidence) {
    return new ItemJudgment(
        itemId,
        outcome,
        Severity.HIGH,
        evidence,
        "R-TEST",
        "the vendor may use input to improve its services",
        "サービス改善への利用をベンダに認めている");
  }

  @Test
  void anUnfavourableTrainingClauseGetsAPlainProblemNamingTheClauseAndAModelClauseForTheModel() {
    ChecklistItem item = CATALOGUE.item("IN-USE-02").orElseThrow();
    ItemJudgment f =
        finding(
            "IN-USE-02",
            Outcome.UNFAVOURABLE,
            List.of(new Evidence("第8条第2項", "8.2", 3, "乙は、…品質向上のために利用することができる。")));

    RemediationProposal p =
        RemediationProposals.propose(
            TARGET, ProcurementModel.M1, item, f, Outcome.UNFAVOURABLE, CLAUSES, true);

    assertTrue(
        p.problem().ja().startsWith("第8条第2項は「" + item.title().ja() + "」について発注者に不利です。"),
        p.problem().ja());
    assertTrue(p.problem().ja().contains("判定理由：サービス改善への利用をベンダに認めている"), p.problem().ja());
    assertTrue(p.problem().en().contains("works against the buyer"), p.problem().en());
    assertTrue(p.problem().en().contains(item.question().en()), p.problem().en());
    ModelClause expected =
        CLAUSES.stream()
            .filter(c -> c.fits("IN-USE-02", ProcurementModel.M1))
            .findFirst()
            .orElseThrow();
    assertEquals(expected.id(), p.proposedClauseId());
    assertEquals(expected.text(), p.proposedClauseText());
    assertEquals(Priority.from(item.severityFor(ProcurementModel.M1)), p.priority());
    assertTrue(p.automatic());

    RemediationItem opened = RemediationItem.open(p, "system", Instant.EPOCH);
    assertEquals(p.problem(), opened.getProblem());
  }

  @Test
  void aMissingAuditRightSaysTheContractIsSilent() {
    ChecklistItem item = CATALOGUE.item("AUD-03").orElseThrow();
    RemediationProposal p =
        RemediationProposals.propose(
            TARGET,
            ProcurementModel.M3,
            item,
            finding("AUD-03", Outcome.MISSING, List.of()),
            Outcome.MISSING,
            CLAUSES,
            true);
    assertEquals(
        "契約書に「" + item.title().ja() + "」に関する定めがありません。",
        p.problem().ja().substring(0, p.problem().ja().indexOf('。') + 1));
    assertTrue(p.problem().en().startsWith("The contract says nothing about"));
  }

  @Test
  void anItemWithoutAModelClauseIsProposedWithoutOne() {
    ChecklistItem item = CATALOGUE.item("AUD-03").orElseThrow();
    RemediationProposal p =
        RemediationProposals.propose(
            TARGET,
            ProcurementModel.M1,
            item,
            finding("AUD-03", Outcome.PARTIAL, List.of()),
            Outcome.PARTIAL,
            List.of(),
            false);
    assertNull(p.proposedClauseId());
    assertNull(p.proposedClauseText());
  }

  @Test
  void aSatisfiedOrNotApplicableFindingHasNothingToRemediate() {
    ChecklistItem item = CATALOGUE.item("AUD-03").orElseThrow();
    ItemJudgment f = finding("AUD-03", Outcome.SATISFIED, List.of());
    assertThrows(
        RemediationException.class,
        () ->
            RemediationProposals.propose(
                TARGET, ProcurementModel.M1, item, f, Outcome.SATISFIED, CLAUSES, false));
    assertThrows(
        RemediationException.class,
        () ->
            RemediationProposals.propose(
                TARGET, ProcurementModel.M1, item, f, Outcome.NOT_APPLICABLE, CLAUSES, false));
  }
}
