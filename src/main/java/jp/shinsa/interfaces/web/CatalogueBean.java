package jp.shinsa.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.checklist.ChecklistItem;
import jp.shinsa.domain.checklist.ProcurementModel;

/** The checklist catalogue page: every item with its IDs, wording and applicability per model. */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogueService catalogues;
  @Inject private LocaleBean locale;

  private transient Catalogue catalogue;
  private String model;

  @PostConstruct
  void load() {
    catalogue = catalogues.active();
  }

  private Catalogue catalogue() {
    if (catalogue == null) {
      load();
    }
    return catalogue;
  }

  public String getVersion() {
    return catalogue().version();
  }

  public String getEffectiveDate() {
    return catalogue().effectiveDate().toString();
  }

  public String getSourceNote() {
    return catalogue().sourceNote().in(locale.getLocale());
  }

  public List<ChecklistItem> getItems() {
    if (model == null || model.isBlank()) {
      return catalogue().items();
    }
    return catalogue().itemsFor(ProcurementModel.valueOf(model));
  }

  public String groupTitle(String code) {
    return catalogue().group(code).map(g -> g.title().in(locale.getLocale())).orElse(code);
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model;
  }
}
