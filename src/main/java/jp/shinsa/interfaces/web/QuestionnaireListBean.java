package jp.shinsa.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.questionnaire.HighRiskSheets;
import jp.shinsa.application.questionnaire.NewQuestionnaire;
import jp.shinsa.application.questionnaire.NewSelfAssessment;
import jp.shinsa.application.questionnaire.QuestionnaireService;
import jp.shinsa.domain.checklist.HighRiskSheet;
import jp.shinsa.domain.checklist.ItemSource;
import jp.shinsa.domain.checklist.LocalizedText;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.organisation.Organisation;
import jp.shinsa.domain.questionnaire.Questionnaire;

/**
 * The questionnaire list: reminders of overdue questionnaires, the caller's questionnaires and the
 * form that creates one from the DS-920 sheets and the high-risk determination: for officers a
 * questionnaire to a vendor, for suppliers a self-assessment of their own organisation.
 */
@Named
@ViewScoped
public class QuestionnaireListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the list. */
  public record Row(
      long id,
      String title,
      String status,
      String dueDate,
      boolean overdue,
      int questions,
      boolean selfAssessment) {}

  /** A selectable option with its label in the page's language. */
  public record Choice(String value, String label) {}

  /** A viewpoint of the high-risk sheet in the page's language. */
  public record Viewpoint(String code, String title, String question, List<Choice> options) {}

  @Inject private QuestionnaireService service;
  @Inject private HighRiskSheets sheets;
  @Inject private CatalogueService catalogues;
  @Inject private CurrentUser currentUser;
  @Inject private LocaleBean locale;
  @Inject private Clock clock;
  @Inject private ContractService contracts;

  private Long vendorId;
  private String title;
  private String model = "M1";
  private String dueDate;
  private final Map<String, String> highRisk = new LinkedHashMap<>();
  private List<String> extraItems = new ArrayList<>();
  private String ownQuestions;
  private Long ownTermsId;

  @PostConstruct
  void init() {
    highRisk.clear();
  }

  public List<Row> getQuestionnaires() {
    return service.list().stream().map(this::row).toList();
  }

  public List<Row> getOverdue() {
    return service.overdue().stream().map(this::row).toList();
  }

  private Row row(Questionnaire q) {
    return new Row(
        q.getId(),
        q.getProcurementTitle(),
        q.getStatus().name(),
        q.getDueDate() == null ? "" : q.getDueDate().toString(),
        q.isOverdueAt(clock.instant()),
        q.getQuestions().size(),
        q.isSelfAssessment());
  }

  public boolean isOfficer() {
    return currentUser.isOfficer();
  }

  /** Suppliers prepare self-assessments with the same form (no vendor, no own questions). */
  public boolean isSupplier() {
    return currentUser.isSupplier() && !currentUser.isOfficer();
  }

  /** The supplier's own judged terms, to cross-check its self-assessment against. */
  public List<Choice> getOwnTerms() {
    long own = currentUser.organisationId();
    return contracts.list().stream()
        .filter(c -> c.isSelfAssessment() && c.getOwner().getId() == own)
        .map(c -> new Choice(String.valueOf(c.getId()), c.getTitle()))
        .toList();
  }

  public List<Choice> getVendors() {
    return service.vendorCompanies().stream()
        .map(o -> new Choice(String.valueOf(o.getId()), name(o)))
        .toList();
  }

  private String name(Organisation o) {
    return o.displayName(locale.getLanguage());
  }

  public List<Viewpoint> getViewpoints() {
    List<Viewpoint> result = new ArrayList<>();
    for (HighRiskSheet.Viewpoint v : sheets.current().viewpoints()) {
      result.add(
          new Viewpoint(
              v.code(),
              text(v.title()),
              text(v.question()),
              v.options().stream().map(o -> new Choice(o.code(), text(o.label()))).toList()));
    }
    return result;
  }

  public List<Choice> getMetiItems() {
    return catalogues.active().itemsFor(ProcurementModel.valueOf(model)).stream()
        .filter(i -> i.source() == ItemSource.METI)
        .map(i -> new Choice(i.id(), i.id() + " " + text(i.title())))
        .toList();
  }

  private String text(LocalizedText t) {
    return t == null ? "" : t.in(locale.getLocale());
  }

  public String create() {
    LocalDate due;
    try {
      due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
    } catch (DateTimeParseException e) {
      QuestionnaireMessages.error("q.error.date");
      return null;
    }
    List<LocalizedText> own = new ArrayList<>();
    if (ownQuestions != null) {
      for (String line : ownQuestions.split("\\R")) {
        if (!line.isBlank()) {
          own.add(new LocalizedText(line.strip(), line.strip()));
        }
      }
    }
    Map<String, String> answers = new LinkedHashMap<>();
    highRisk.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            answers.put(k, v);
          }
        });
    try {
      Questionnaire q =
          isSupplier()
              ? service.createSelfAssessment(
                  new NewSelfAssessment(
                      title, ProcurementModel.valueOf(model), answers, extraItems, ownTermsId))
              : service.create(
                  new NewQuestionnaire(
                      vendorId == null ? -1 : vendorId,
                      title,
                      ProcurementModel.valueOf(model),
                      due,
                      answers,
                      extraItems,
                      own));
      return "/app/questionnaires/view.xhtml?faces-redirect=true&id=" + q.getId();
    } catch (RuntimeException e) {
      if (QuestionnaireMessages.explain(e)) {
        return null;
      }
      throw e;
    }
  }

  public Long getVendorId() {
    return vendorId;
  }

  public void setVendorId(Long vendorId) {
    this.vendorId = vendorId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }

  public String getDueDate() {
    return dueDate;
  }

  public void setDueDate(String dueDate) {
    this.dueDate = dueDate;
  }

  public Map<String, String> getHighRisk() {
    return highRisk;
  }

  public List<String> getExtraItems() {
    return extraItems;
  }

  public void setExtraItems(List<String> extraItems) {
    this.extraItems = extraItems == null ? new ArrayList<>() : new ArrayList<>(extraItems);
  }

  public Long getOwnTermsId() {
    return ownTermsId;
  }

  public void setOwnTermsId(Long ownTermsId) {
    this.ownTermsId = ownTermsId;
  }

  public String getOwnQuestions() {
    return ownQuestions;
  }

  public void setOwnQuestions(String ownQuestions) {
    this.ownQuestions = ownQuestions;
  }
}
