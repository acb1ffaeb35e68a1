package jp.shinsa.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.shinsa.application.questionnaire.CrossCheckResult;
import jp.shinsa.application.questionnaire.QuestionnaireService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.crosscheck.ContractPosition;
import jp.shinsa.domain.crosscheck.Contradiction;
import jp.shinsa.domain.questionnaire.Answer;
import jp.shinsa.domain.questionnaire.AnswerExchangeEntry;
import jp.shinsa.domain.questionnaire.EvidenceFile;
import jp.shinsa.domain.questionnaire.Question;
import jp.shinsa.domain.questionnaire.Questionnaire;
import jp.shinsa.domain.questionnaire.QuestionnaireBasis;
import jp.shinsa.domain.questionnaire.SubmittedEvidence;

/** JSON shapes of the questionnaire API (documented in OpenAPI through these records). */
public final class QuestionnaireViews {

  private QuestionnaireViews() {}

  public record SummaryView(
      long id,
      String kind,
      String procurementTitle,
      String procurementModel,
      long buyerOrganisationId,
      long vendorOrganisationId,
      String status,
      String dueDate,
      boolean overdue,
      int questions,
      String updatedAt) {
    static SummaryView of(Questionnaire q, boolean overdue) {
      return new SummaryView(
          q.getId(),
          q.getKind().name(),
          q.getProcurementTitle(),
          q.getProcurementModel().name(),
          q.getBuyerOrganisationId(),
          q.getVendorOrganisationId(),
          q.getStatus().name(),
          q.getDueDate() == null ? null : q.getDueDate().toString(),
          overdue,
          q.getQuestions().size(),
          q.getUpdatedAt().toString());
    }
  }

  public record EvidenceView(
      long id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      String periodFrom,
      String periodTo) {
    static EvidenceView of(EvidenceFile f) {
      return new EvidenceView(
          f.getId(),
          f.getFileName(),
          f.getMediaType(),
          f.getSizeBytes(),
          f.getSha256(),
          f.getPeriodFrom() == null ? null : f.getPeriodFrom().toString(),
          f.getPeriodTo() == null ? null : f.getPeriodTo().toString());
    }
  }

  public record AnswerView(
      String value,
      String explanation,
      String state,
      String decision,
      String officerRequest,
      int clarificationRounds,
      int round,
      String answeredAt,
      List<EvidenceView> evidence) {
    static AnswerView of(Answer a) {
      return new AnswerView(
          a.getValue() == null ? null : a.getValue().name(),
          a.getExplanation(),
          a.getState().name(),
          a.getDecision().map(Enum::name).orElse(null),
          a.getOfficerRequest().orElse(null),
          a.getClarificationRounds(),
          a.round(),
          a.getAnsweredAt() == null ? null : a.getAnsweredAt().toString(),
          a.getEvidence().stream().map(EvidenceView::of).toList());
    }
  }

  /** An evidence file as a submitted answer carried it (evidenceId null once removed). */
  public record SubmittedEvidenceView(
      Long evidenceId, String fileName, String sha256, String periodFrom, String periodTo) {
    static SubmittedEvidenceView of(SubmittedEvidence e) {
      return new SubmittedEvidenceView(
          e.getEvidenceId(),
          e.getFileName(),
          e.getSha256(),
          e.getPeriodFrom() == null ? null : e.getPeriodFrom().toString(),
          e.getPeriodTo() == null ? null : e.getPeriodTo().toString());
    }
  }

  /** One step of the exchange on a question: a submitted answer or an officer's decision. */
  public record ExchangeEntryView(
      int seq,
      int round,
      String kind,
      String value,
      String explanation,
      List<SubmittedEvidenceView> evidence,
      String decision,
      String request,
      String actor,
      String at) {
    static ExchangeEntryView of(AnswerExchangeEntry e) {
      return new ExchangeEntryView(
          e.getSeq(),
          e.getRound(),
          e.getKind().name(),
          e.getValue().map(Enum::name).orElse(null),
          e.getExplanation(),
          e.getEvidence().stream().map(SubmittedEvidenceView::of).toList(),
          e.getDecision().map(Enum::name).orElse(null),
          e.getRequestText().orElse(null),
          e.getActor().orElse(null),
          e.getOccurredAt().toString());
    }
  }

  public record QuestionView(
      int number,
      String itemId,
      String textJa,
      String textEn,
      boolean required,
      AnswerView answer) {}

  public record QuestionnaireView(
      long id,
      String kind,
      String procurementTitle,
      String procurementModel,
      String catalogueVersion,
      long buyerOrganisationId,
      long vendorOrganisationId,
      String status,
      String dueDate,
      boolean overdue,
      Map<String, String> highRiskAnswers,
      Boolean potentiallyHighRisk,
      Long contractId,
      String importedPackageSha256,
      long version,
      List<QuestionView> questions) {
    /** The questionnaire as the calling user may see it. */
    static QuestionnaireView of(Questionnaire q, QuestionnaireService service, Instant now) {
      return of(q, q.isOverdueAt(now), service.link(q.getId()), service, service.catalogueOf(q));
    }

    static QuestionnaireView of(
        Questionnaire q,
        boolean overdue,
        QuestionnaireBasis link,
        QuestionnaireService service,
        Catalogue catalogue) {
      List<QuestionView> questions =
          q.getQuestions().stream()
              .map(question -> question(question, service, catalogue))
              .toList();
      return new QuestionnaireView(
          q.getId(),
          q.getKind().name(),
          q.getProcurementTitle(),
          q.getProcurementModel().name(),
          q.getCatalogueVersion(),
          q.getBuyerOrganisationId(),
          q.getVendorOrganisationId(),
          q.getStatus().name(),
          q.getDueDate() == null ? null : q.getDueDate().toString(),
          overdue,
          link.getHighRiskAnswers(),
          link.getPotentiallyHighRisk().orElse(null),
          link.getContractId().orElse(null),
          link.getPackageSha256().orElse(null),
          q.getVersion(),
          questions);
    }

    private static QuestionView question(
        Question question, QuestionnaireService service, Catalogue catalogue) {
      var text = service.wording(question, catalogue);
      return new QuestionView(
          question.getNumber(),
          question.getItemId().orElse(null),
          text.ja(),
          text.en(),
          question.isRequired(),
          service.visibleAnswer(question).map(AnswerView::of).orElse(null));
    }
  }

  public record PositionView(
      String itemId,
      String outcome,
      List<ContractViews.EvidenceView> evidence,
      String rule,
      String reason,
      String reasonJa) {
    static PositionView of(ContractPosition p) {
      return new PositionView(
          p.itemId(),
          p.outcome().name(),
          p.evidence().stream()
              .map(
                  e ->
                      new ContractViews.EvidenceView(
                          e.clauseRef(), e.clausePath(), e.page(), e.quote()))
              .toList(),
          p.judgmentRule(),
          p.reason(),
          p.reasonJa());
    }
  }

  public record ContradictionView(
      int questionNumber,
      String questionItemId,
      String answer,
      String vendorExplanation,
      List<String> vendorEvidence,
      List<PositionView> contract,
      String kind,
      String severity,
      String ruleId,
      String topicJa,
      String topicEn,
      String explanationJa,
      String explanationEn) {
    static ContradictionView of(Contradiction c) {
      return new ContradictionView(
          c.questionNumber(),
          c.questionItemId(),
          c.answer().name(),
          c.vendorExplanation(),
          c.vendorEvidence(),
          c.contract().stream().map(PositionView::of).toList(),
          c.kind().name(),
          c.severity().name(),
          c.ruleId(),
          c.topic().ja(),
          c.topic().en(),
          c.explanation().ja(),
          c.explanation().en());
    }
  }

  public record CrossCheckView(
      Long contractId,
      String contractTitle,
      int versionNo,
      String analysisStatus,
      List<ContradictionView> contradictions) {
    static CrossCheckView of(CrossCheckResult r) {
      return new CrossCheckView(
          r.contractId(),
          r.contractTitle(),
          r.versionNo(),
          r.analysisStatus(),
          r.contradictions().stream().map(ContradictionView::of).toList());
    }
  }
}
