package jp.shinsa.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import jp.shinsa.application.questionnaire.QuestionnaireNotFoundException;
import jp.shinsa.domain.questionnaire.QuestionnaireRuleException;
import jp.shinsa.infrastructure.packaging.JapaneseFont;
import jp.shinsa.infrastructure.packaging.SubmissionPackageException;

/**
 * Maps questionnaire and package refusals to problem+json. The code is the domain's own violation
 * or package problem name, so a client can react without parsing the text.
 */
final class QuestionnaireProblems {

  private QuestionnaireProblems() {}

  static <T> T guard(Supplier<T> action) {
    try {
      return ContractResource.guard(action);
    } catch (QuestionnaireNotFoundException e) {
      throw new ProblemException(Response.Status.NOT_FOUND, "NOT_FOUND", e.getMessage());
    } catch (QuestionnaireRuleException e) {
      throw forViolation(e);
    } catch (SubmissionPackageException e) {
      String where = e.path() == null ? "" : " (" + e.path() + ")";
      throw unprocessable(e.problem().name(), e.getMessage() + where);
    } catch (JapaneseFont.PdfFontMissingException e) {
      throw new ProblemException(
          Response.Status.SERVICE_UNAVAILABLE, "PDF_FONT_MISSING", e.getMessage());
    } catch (IllegalStateException e) {
      throw new ProblemException(Response.Status.CONFLICT, "NOT_READY", e.getMessage());
    }
  }

  static void run(Runnable action) {
    guard(
        () -> {
          action.run();
          return null;
        });
  }

  private static ProblemException forViolation(QuestionnaireRuleException e) {
    String code = e.violation().name();
    return switch (e.violation()) {
      case QUESTIONNAIRE_CLOSED, WRONG_STATUS, SELF_ASSESSMENT ->
          new ProblemException(Response.Status.CONFLICT, code, e.getMessage());
      case WRONG_ORGANISATION ->
          new ProblemException(Response.Status.FORBIDDEN, code, e.getMessage());
      case EVIDENCE_TOO_LARGE ->
          new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, code, e.getMessage());
      case UNKNOWN_QUESTION ->
          new ProblemException(Response.Status.NOT_FOUND, code, e.getMessage());
      default -> unprocessable(code, e.getMessage());
    };
  }

  static ProblemException unprocessable(String code, String detail) {
    return new ContractResource.ProblemException422(code, detail);
  }
}
