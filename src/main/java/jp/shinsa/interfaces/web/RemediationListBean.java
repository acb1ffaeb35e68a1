package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.remediation.RemediationService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The list of remediation items the caller may see: the officer's own organisation's, or for vendor
 * staff the items sent to their organisation, narrowed by contract and state. Read one page at a
 * time (one count and one page query), like the contract list: an organisation with thousands of
 * contracts has many more items.
 */
@Named
@ViewScoped
public class RemediationListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RemediationService remediation;
  @Inject private CatalogueService catalogues;
  @Inject private CurrentUser currentUser;

  private Long contract;
  private String state;

  /** Rebuilt when the view is restored elsewhere: it holds entities. */
  private transient LazyDataModel<RemediationItem> items;

  /** The catalogue item titles come from, read once per view rather than once per row. */
  private transient Catalogue catalogue;

  public LazyDataModel<RemediationItem> getItems() {
    if (items == null) {
      items = new Page(remediation, contract, state);
    }
    return items;
  }

  public String title(RemediationItem i) {
    if (catalogue == null) {
      catalogue = catalogues.active();
    }
    return catalogue
        .item(i.getItemId())
        .map(c -> c.title().in(RemediationMessages.locale()))
        .orElse(i.getItemId());
  }

  public boolean overdue(RemediationItem i) {
    return i.isOverdue(LocalDate.now());
  }

  public boolean isVendorView() {
    return currentUser.isVendor() && !currentUser.isOfficer();
  }

  public List<String> getStates() {
    return Arrays.stream(RemediationState.values()).map(Enum::name).toList();
  }

  public Long getContract() {
    return contract;
  }

  public void setContract(Long contract) {
    this.contract = contract;
    items = null;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
    items = null;
  }

  private static final class Page extends LazyDataModel<RemediationItem> {
    private static final long serialVersionUID = 1L;
    private final transient RemediationService remediation;
    private final Long contract;
    private final RemediationState state;

    /** A state that names none of the states: nothing matches (as before paging). */
    private final boolean noState;

    Page(RemediationService remediation, Long contract, String state) {
      this.remediation = remediation;
      this.contract = contract;
      boolean any = state == null || state.isBlank();
      this.state =
          any
              ? null
              : Arrays.stream(RemediationState.values())
                  .filter(s -> s.name().equals(state))
                  .findFirst()
                  .orElse(null);
      this.noState = !any && this.state == null;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return noState ? 0 : (int) Math.min(Integer.MAX_VALUE, remediation.count(contract, state));
    }

    @Override
    public List<RemediationItem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return noState ? List.of() : remediation.page(contract, state, first, pageSize);
    }

    @Override
    public String getRowKey(RemediationItem item) {
      return String.valueOf(item.getId());
    }

    @Override
    public RemediationItem getRowData(String rowKey) {
      List<RemediationItem> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream()
              .filter(i -> String.valueOf(i.getId()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }
}
