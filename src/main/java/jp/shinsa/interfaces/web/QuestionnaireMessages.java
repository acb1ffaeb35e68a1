package jp.shinsa.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.shinsa.application.questionnaire.QuestionnaireNotFoundException;
import jp.shinsa.domain.questionnaire.QuestionnaireRuleException;
import jp.shinsa.infrastructure.packaging.SubmissionPackageException;

/**
 * Strings of the questionnaire and submission pages (bundle questionnaire_messages), and the one
 * place that turns a refused request into a message, so every page explains refusals the same way.
 */
final class QuestionnaireMessages {

  static final String BUNDLE = "jp.shinsa.interfaces.web.questionnaire_messages";

  private QuestionnaireMessages() {}

  static String get(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces != null && faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : Locale.ENGLISH;
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, get(key, args));
  }

  static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, get(key, args));
  }

  /**
   * Shows why a request was refused. Returns false for failures that are not refusals, which the
   * caller rethrows.
   */
  static boolean explain(RuntimeException e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof QuestionnaireNotFoundException) {
        error("q.error.notfound");
        return true;
      }
      if (cause instanceof QuestionnaireRuleException r) {
        error("q.error.rule", r.getMessage());
        return true;
      }
      if (cause instanceof SubmissionPackageException p) {
        error("q.error.package", p.problem().name(), p.getMessage());
        return true;
      }
      if (cause instanceof OptimisticLockException) {
        error("q.error.concurrent");
        return true;
      }
      if (cause instanceof IllegalArgumentException
          || cause instanceof IllegalStateException
          || cause instanceof SecurityException
          || cause instanceof jp.shinsa.infrastructure.pdf.InvalidContractFileException
          || cause instanceof jp.shinsa.application.contract.ContractNotFoundException) {
        error("q.error.rule", cause.getMessage());
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
