package jp.shinsa.domain.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.questionnaire.AnswerExchangeEntry.Kind;
import jp.shinsa.infrastructure.catalogue.CatalogueJsonReader;
import org.junit.jupiter.api.Test;

/** Every submitted answer and every verdict is kept, round by round. */
class AnswerExchangeTest {

  private static final Catalogue CATALOGUE = new CatalogueJsonReader().readBundled();
  private static final long BUYER = 10;
  private static final long VENDOR = 20;
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private static Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private static Questionnaire sent() {
    Questionnaire q =
        new Questionnaire(
            BUYER, VENDOR, "監査権限の確認", ProcurementModel.M1, CATALOGUE.version(), null, T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-DATA-01").orElseThrow(), true, T0);
    q.addCatalogueQuestion(CATALOGUE.item("DA-RISK-05").orElseThrow(), true, T0);
    q.send(BUYER, at(1));
    return q;
  }

  private static EvidenceFile file(String name, int minute) {
    return EvidenceFile.of(
        name,
        ("内容 " + name).getBytes(StandardCharsets.UTF_8),
        LocalDate.of(2025, 4, 1),
        LocalDate.of(2026, 3, 31),
        EvidencePolicy.defaults(),
        at(minute));
  }

  @Test
  void twoClarificationRoundsKeepEveryAnswerAndEveryRequestInOrder() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, "学習には使いません。", at(2));
    q.attachEvidence(VENDOR, 1, file("policy-2025.txt", 2), at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.sakura", at(3));
    q.decide(BUYER, 1, OfficerDecision.CLARIFICATION_REQUESTED, "改善目的の利用は？", "officer", at(4));
    q.decide(BUYER, 2, OfficerDecision.ACCEPTED, null, "officer", at(4));
    q.completeReview(BUYER, at(5));

    q.saveAnswer(VENDOR, 1, AnswerValue.PARTLY, "品質改善には使います。", at(6));
    q.submit(VENDOR, "vendor.sakura", at(7));
    q.decide(BUYER, 1, OfficerDecision.CLARIFICATION_REQUESTED, "オプトアウトは？", "officer2", at(8));
    q.completeReview(BUYER, at(9));

    Answer q1 = q.findQuestion(1).orElseThrow().getAnswer().orElseThrow();
    List<AnswerExchangeEntry> exchange = q1.getExchange();
    assertEquals(4, exchange.size());
    AnswerExchangeEntry first = exchange.get(0);
    assertEquals(Kind.ANSWER_SUBMITTED, first.getKind());
    assertEquals(1, first.getRound());
    assertEquals(AnswerValue.YES, first.getValue().orElseThrow());
    assertEquals("学習には使いません。", first.getExplanation());
    assertEquals("vendor.sakura", first.getActor().orElseThrow());
    assertEquals(at(3), first.getOccurredAt());
    assertEquals("policy-2025.txt", first.getEvidence().get(0).getFileName());
    assertEquals(LocalDate.of(2026, 3, 31), first.getEvidence().get(0).getPeriodTo());
    assertEquals(64, first.getEvidence().get(0).getSha256().length());

    AnswerExchangeEntry request1 = exchange.get(1);
    assertEquals(Kind.OFFICER_DECISION, request1.getKind());
    assertEquals(1, request1.getRound());
    assertEquals("改善目的の利用は？", request1.getRequestText().orElseThrow());
    assertEquals("officer", request1.getActor().orElseThrow());

    assertEquals(2, exchange.get(2).getRound());
    assertEquals(AnswerValue.PARTLY, exchange.get(2).getValue().orElseThrow());
    assertEquals(
        "policy-2025.txt",
        exchange.get(2).getEvidence().get(0).getFileName(),
        "evidence still attached is part of the second submission too");
    assertEquals("オプトアウトは？", exchange.get(3).getRequestText().orElseThrow());
    assertEquals(2, exchange.get(3).getRound());

    Answer q2 = q.findQuestion(2).orElseThrow().getAnswer().orElseThrow();
    assertEquals(2, q2.getExchange().size(), "the accepted answer was not submitted again");
  }

  @Test
  void removingEvidenceLaterDoesNotRewriteWhatWasSubmitted() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    EvidenceFile old = file("audit-2023.txt", 2);
    q.attachEvidence(VENDOR, 1, old, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.sakura", at(3));
    q.decide(BUYER, 1, OfficerDecision.CLARIFICATION_REQUESTED, "古い報告書です", "officer", at(4));
    q.decide(BUYER, 2, OfficerDecision.ACCEPTED, null, "officer", at(4));
    q.completeReview(BUYER, at(5));

    q.removeEvidence(VENDOR, 1, old, at(6));
    q.attachEvidence(VENDOR, 1, file("audit-2025.txt", 6), at(6));
    q.submit(VENDOR, "vendor.sakura", at(7));

    List<AnswerExchangeEntry> exchange =
        q.findQuestion(1).orElseThrow().getAnswer().orElseThrow().getExchange();
    assertEquals("audit-2023.txt", exchange.get(0).getEvidence().get(0).getFileName());
    assertEquals("audit-2025.txt", exchange.get(2).getEvidence().get(0).getFileName());
    assertEquals(1, exchange.get(2).getEvidence().size());
  }

  @Test
  void aChangedVerdictIsAddedBesideTheFirstNotWrittenOverIt() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.sakura", at(3));
    q.decide(BUYER, 1, OfficerDecision.ACCEPTED, null, "officer", at(4));
    q.decide(BUYER, 1, OfficerDecision.CLARIFICATION_REQUESTED, "再確認", "officer", at(5));

    List<AnswerExchangeEntry> exchange =
        q.findQuestion(1).orElseThrow().getAnswer().orElseThrow().getExchange();
    assertEquals(3, exchange.size());
    assertEquals(OfficerDecision.ACCEPTED, exchange.get(1).getDecision().orElseThrow());
    assertEquals(
        OfficerDecision.CLARIFICATION_REQUESTED, exchange.get(2).getDecision().orElseThrow());
    assertTrue(exchange.get(1).getRequestText().isEmpty());
  }

  @Test
  void theExchangeCannotBeEditedFromOutside() {
    Questionnaire q = sent();
    q.saveAnswer(VENDOR, 1, AnswerValue.YES, null, at(2));
    q.saveAnswer(VENDOR, 2, AnswerValue.YES, null, at(2));
    q.submit(VENDOR, "vendor.sakura", at(3));
    List<AnswerExchangeEntry> exchange =
        q.findQuestion(1).orElseThrow().getAnswer().orElseThrow().getExchange();
    assertThrows(UnsupportedOperationException.class, () -> exchange.remove(0));
    assertThrows(UnsupportedOperationException.class, exchange::clear);
  }
}
