package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinsa.application.analysis.AnalysisWorker;
import jp.shinsa.application.contract.ContractNotFoundException;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.application.contract.VersionNotes;
import jp.shinsa.application.contract.VersionText;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.domain.checklist.ProcurementModel;
import jp.shinsa.domain.contract.Clause;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import jp.shinsa.domain.contract.TextNormaliser;
import jp.shinsa.domain.judgment.Outcome;

/**
 * The contract viewer: analysis status, the clause tree beside the rendered page with the selected
 * clause highlighted, search within the contract, and the findings summary.
 */
@Named
@ViewScoped
public class ContractViewBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rendering resolution of page images; boxes are scaled by the browser to the shown size. */
  public static final int DPI = 110;

  /** A highlight rectangle on the page image, in PDF points from the top-left corner. */
  public record Box(double x, double y, double w, double h) implements Serializable {}

  /** A page warning (no text layer, OCR used or unavailable). */
  public record Warning(int page, String code, String message) implements Serializable {}

  /** One factory: {@code Json.createReader} looks the provider up on the class path every call. */
  private static final JsonReaderFactory JSON = Json.createReaderFactory(java.util.Map.of());

  @Inject private ContractService contracts;
  @Inject private CurrentUser currentUser;
  @Inject private AnalysisWorker worker;

  private long contractId;
  private Integer versionNo;
  private String clausePath;
  private String query;
  private Long selectedClauseId;
  private int page = 1;

  private transient Contract contract;
  private transient ContractVersion version;
  private transient List<Clause> clauses;
  private transient List<double[]> layout;
  private transient List<ContractVersion> versions;
  private transient Map<Outcome, Long> outcomeCounts;
  private transient VersionNotes notes;
  private transient VersionText text;

  /** Called by f:viewAction once the view parameters are set. */
  public void load() {
    try {
      contract = contracts.require(contractId);
      version =
          versionNo == null
              ? contracts.latestVersion(contractId)
              : contracts.requireVersion(contractId, versionNo);
      versionNo = version.getVersionNo();
      if (clausePath != null && !clausePath.isBlank()) {
        getClauses().stream()
            .filter(c -> c.getPath().equals(clausePath))
            .findFirst()
            .ifPresent(c -> select(c.getId()));
      }
    } catch (ContractNotFoundException e) {
      contract = null;
      Messages.error("contract.notFound");
    }
  }

  public boolean isFound() {
    return contract() != null;
  }

  private Contract contract() {
    if (contract == null && contractId > 0) {
      try {
        contract = contracts.require(contractId);
      } catch (ContractNotFoundException e) {
        return null;
      }
    }
    return contract;
  }

  public Contract getContract() {
    return contract();
  }

  public ContractVersion getVersion() {
    if (version == null && contract() != null) {
      version = contracts.requireVersion(contractId, versionNo);
    }
    return version;
  }

  public List<ContractVersion> getVersions() {
    if (versions == null) {
      versions = contracts.versions(contractId);
    }
    return versions;
  }

  /** Re-reads the version so that the progress bar moves. */
  public void refresh() {
    version = null;
    clauses = null;
    layout = null;
    versions = null;
    outcomeCounts = null;
    notes = null;
    text = null;
  }

  /**
   * Parties and warnings read on their own: through the entity, the first of the version's lazy
   * columns loaded all of them, the PDF included, on every view of the page.
   */
  private VersionNotes notes() {
    if (notes == null) {
      notes =
          getVersion() == null
              ? new VersionNotes(null, null)
              : contracts.notes(getVersion().getId());
    }
    return notes;
  }

  /** Text and layout of the shown version, kept once its analysis has produced them. */
  private VersionText text() {
    if (text == null || text.fullText() == null) {
      text =
          getVersion() == null ? new VersionText(null, null) : contracts.text(getVersion().getId());
    }
    return text;
  }

  public boolean isProcessing() {
    return getVersion() != null && !getVersion().getStatus().isFinished();
  }

  public List<Clause> getClauses() {
    if (clauses == null) {
      clauses = getVersion() == null ? List.of() : contracts.clauses(getVersion().getId());
    }
    return clauses;
  }

  /** Clauses whose number, heading or text contain the search words (width-insensitive). */
  public List<Clause> getVisibleClauses() {
    if (query == null || query.isBlank()) {
      return getClauses();
    }
    String q = fold(query);
    return getClauses().stream()
        .filter(c -> fold(c.getText()).contains(q) || fold(c.label()).contains(q))
        .toList();
  }

  /**
   * The clause list as the page draws it: one plain link per clause (selected through one remote
   * command), every text resolved here. A p:commandLink per clause and EL method calls per row were
   * most of the viewer's cost with a few hundred clauses.
   */
  public List<ClauseRow> getClauseRows() {
    String q = query == null || query.isBlank() ? null : fold(query);
    return getVisibleClauses().stream()
        .map(
            c ->
                new ClauseRow(
                    c.getId(),
                    c.getDepth(),
                    c.getPath(),
                    c.getPageFrom(),
                    c.label(),
                    excerpt(c.getText()),
                    c.isOcr(),
                    c.getId().equals(selectedClauseId),
                    q != null && fold(c.getText()).contains(q)))
        .toList();
  }

  private static String excerpt(String text) {
    return text == null || text.length() <= 90 ? text : text.substring(0, 90) + "…";
  }

  /** One clause of the list (bean properties for EL). */
  public static final class ClauseRow {
    private final long id;
    private final int depth;
    private final String path;
    private final int pageFrom;
    private final String label;
    private final String excerpt;
    private final boolean ocr;
    private final boolean selected;
    private final boolean match;

    ClauseRow(
        long id,
        int depth,
        String path,
        int pageFrom,
        String label,
        String excerpt,
        boolean ocr,
        boolean selected,
        boolean match) {
      this.id = id;
      this.depth = depth;
      this.path = path;
      this.pageFrom = pageFrom;
      this.label = label;
      this.excerpt = excerpt;
      this.ocr = ocr;
      this.selected = selected;
      this.match = match;
    }

    public long getId() {
      return id;
    }

    /** The link's classes: depth, and whether selected or matching the search. */
    public String getStyleClass() {
      return "clause depth-"
          + depth
          + (selected ? " clause-selected" : "")
          + (match ? " clause-match" : "");
    }

    public String getTitle() {
      return path + " · p." + pageFrom;
    }

    public String getLabel() {
      return label;
    }

    public String getExcerpt() {
      return excerpt;
    }

    public boolean isOcr() {
      return ocr;
    }
  }

  /** Selects the clause a link of the list names (request parameter of the remote command). */
  public void selectClause(String id) {
    try {
      select(Long.parseLong(id));
    } catch (NumberFormatException | NullPointerException e) {
      // not a clause id: nothing to select
    }
  }

  private static String fold(String s) {
    return s == null ? "" : TextNormaliser.normalise(s).toLowerCase(Locale.ROOT);
  }

  public void select(long clauseId) {
    selectedClauseId = clauseId;
    getClauses().stream()
        .filter(c -> c.getId() == clauseId)
        .findFirst()
        .ifPresent(c -> page = c.getPageFrom());
  }

  public Clause getSelected() {
    return selectedClauseId == null
        ? null
        : getClauses().stream()
            .filter(c -> c.getId().equals(selectedClauseId))
            .findFirst()
            .orElse(null);
  }

  /**
   * Where the selected clause ends including its paragraphs and items: the rows are in document
   * order, so its descendants are the rows that follow it at a greater depth.
   */
  private int spanEnd(Clause c) {
    List<Clause> all = getClauses();
    int end = c.getEndOffset();
    for (int i = all.indexOf(c) + 1; i < all.size() && all.get(i).getDepth() > c.getDepth(); i++) {
      end = Math.max(end, all.get(i).getEndOffset());
    }
    return end;
  }

  /** The selected clause with its paragraphs and items, as printed. */
  public String getSelectedText() {
    Clause c = getSelected();
    String full = text().fullText();
    if (c == null || full == null) {
      return c == null ? "" : c.getText();
    }
    int end = Math.min(full.length(), spanEnd(c));
    return c.getStartOffset() < end ? full.substring(c.getStartOffset(), end) : c.getText();
  }

  /** Boxes of the selected clause (with its paragraphs and items) on the shown page. */
  public List<Box> getHighlights() {
    Clause c = getSelected();
    if (c == null) {
      return List.of();
    }
    int end = spanEnd(c);
    List<Box> boxes = new ArrayList<>();
    for (double[] l : layout()) {
      if ((int) l[0] == page && l[5] < end && l[6] > c.getStartOffset() && l[3] > 0) {
        boxes.add(new Box(l[1], l[2], l[3], l[4]));
      }
    }
    return boxes;
  }

  private List<double[]> layout() {
    if (layout == null) {
      layout = new ArrayList<>();
      String json = text().layoutJson();
      if (json != null && !json.isBlank()) {
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
          for (JsonValue v : r.readArray()) {
            JsonArray a = v.asJsonArray();
            double[] row = new double[8];
            for (int i = 0; i < 8 && i < a.size(); i++) {
              row[i] = a.getJsonNumber(i).doubleValue();
            }
            layout.add(row);
          }
        }
      }
    }
    return layout;
  }

  public List<Warning> getWarnings() {
    String json = notes().warningsJson();
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader r = JSON.createReader(new StringReader(json))) {
      return r.readArray().stream()
          .map(JsonValue::asJsonObject)
          .map(o -> new Warning(o.getInt("page"), o.getString("code"), o.getString("message", "")))
          .toList();
    }
  }

  /** The defined parties, e.g. "VENDOR: 乙 (株式会社…)". */
  public List<String> getParties() {
    String json = notes().partiesJson();
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader r = JSON.createReader(new StringReader(json))) {
      return r.readArray().stream()
          .map(JsonValue::asJsonObject)
          .map(
              o ->
                  o.getString("role")
                      + ": "
                      + String.join(
                          " / ",
                          o.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                      + (o.getString("name", "").isBlank() ? "" : " (" + o.getString("name") + ")"))
          .toList();
    }
  }

  /** Findings per outcome, counted once per request (the page shows four of them). */
  public Map<Outcome, Long> getOutcomeCounts() {
    if (outcomeCounts == null) {
      outcomeCounts =
          getVersion() == null
              ? new EnumMap<>(Outcome.class)
              : contracts.outcomeCounts(getVersion().getId());
    }
    return outcomeCounts;
  }

  public long count(String outcome) {
    return getOutcomeCounts().getOrDefault(Outcome.valueOf(outcome), 0L);
  }

  public boolean isOwner() {
    return contract() != null && contract().getOwner().getId() == currentUser.organisationId();
  }

  public void confirmModel(String model) {
    contracts.confirmModel(contractId, ProcurementModel.valueOf(model));
    worker.wake();
    refresh();
    Messages.info("contract.modelConfirmed", model);
  }

  public void rejudge() {
    contracts.rejudge(contractId);
    worker.wake();
    refresh();
    Messages.info("contract.rejudgeQueued");
  }

  public int getPageCount() {
    Integer n = getVersion() == null ? null : getVersion().getPageCount();
    return n == null ? 0 : n;
  }

  public void nextPage() {
    page = Math.min(getPageCount(), page + 1);
  }

  public void previousPage() {
    page = Math.max(1, page - 1);
  }

  public int getDpi() {
    return DPI;
  }

  public long getContractId() {
    return contractId;
  }

  public void setContractId(long contractId) {
    this.contractId = contractId;
  }

  public Integer getVersionNo() {
    return versionNo;
  }

  public void setVersionNo(Integer versionNo) {
    this.versionNo = versionNo;
  }

  public String getClausePath() {
    return clausePath;
  }

  public void setClausePath(String clausePath) {
    this.clausePath = clausePath;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public Long getSelectedClauseId() {
    return selectedClauseId;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
