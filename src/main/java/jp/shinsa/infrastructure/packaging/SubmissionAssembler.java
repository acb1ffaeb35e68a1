package jp.shinsa.infrastructure.packaging;

import java.util.ArrayList;
import java.util.List;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.judgment.ItemJudgment;
import jp.shinsa.domain.questionnaire.Answer;
import jp.shinsa.domain.questionnaire.EvidenceFile;
import jp.shinsa.domain.questionnaire.Question;
import jp.shinsa.domain.questionnaire.Questionnaire;

/**
 * Puts a supplier's self-assessment together as a {@link SubmissionPackage}: the judgments of its
 * own terms, the answers of a questionnaire (with the evidence files' bytes) and the terms PDFs.
 * The question wording is copied from the catalogue so the package reads the same wherever it is
 * opened, whatever catalogue version that portal has.
 */
public final class SubmissionAssembler {

  /** A terms document as the supplier uploaded it. */
  public record TermsDocument(String fileName, byte[] bytes) {}

  private SubmissionAssembler() {}

  /**
   * @param questionnaire the answered questionnaire, or null for a package with judgments only
   */
  public static SubmissionPackage assemble(
      PackageHeader header,
      List<ItemJudgment> judgments,
      Questionnaire questionnaire,
      Catalogue catalogue,
      List<TermsDocument> terms) {
    List<PackagedFile> termsFiles = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      TermsDocument t = terms.get(i);
      termsFiles.add(new PackagedFile(PackageFormat.termsPath(i + 1, t.fileName()), t.bytes()));
    }
    List<SubmittedAnswer> answers = new ArrayList<>();
    List<PackagedFile> evidence = new ArrayList<>();
    if (questionnaire != null) {
      for (Question q : questionnaire.getQuestions()) {
        if (q.getAnswer().map(Answer::getValue).isEmpty()) {
          continue;
        }
        Answer a = q.getAnswer().orElseThrow();
        List<EvidenceRef> refs = new ArrayList<>();
        for (EvidenceFile f : a.getEvidence()) {
          String path = PackageFormat.evidencePath(evidence.size() + 1, f.getFileName());
          evidence.add(new PackagedFile(path, f.bytes()));
          refs.add(
              new EvidenceRef(
                  path,
                  f.getFileName(),
                  f.getMediaType(),
                  f.getSizeBytes(),
                  f.getSha256(),
                  f.getPeriodFrom(),
                  f.getPeriodTo()));
        }
        answers.add(
            new SubmittedAnswer(
                q.getNumber(),
                q.getItemId().orElse(null),
                wording(q, catalogue),
                a.getValue(),
                a.getExplanation(),
                refs));
      }
    }
    return new SubmissionPackage(
        header, new SubmissionContent(judgments, answers), termsFiles, evidence);
  }

  private static LocalizedText wording(Question q, Catalogue catalogue) {
    if (q.getOwnText().isPresent()) {
      return q.getOwnText().orElseThrow();
    }
    String itemId = q.getItemId().orElseThrow();
    return catalogue
        .item(itemId)
        .map(ChecklistItem::question)
        .orElse(new LocalizedText(itemId, itemId));
  }
}
