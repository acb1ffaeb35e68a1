package jp.shinsa.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.contract.ContractVersion;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The contract list: what the caller's organisation filed or is the vendor on, read one page at a
 * time. Holding every row made each open list view cost memory in proportion to the number of
 * stored contracts, and JSF keeps several views per session: with 1,000 contracts, 50 people
 * exhausted the heap.
 */
@Named
@ViewScoped
public class ContractListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row: the contract and its latest version. */
  public record Row(Contract contract, ContractVersion latest) implements Serializable {}

  @Inject private ContractService contracts;

  /** Rebuilt after the view is restored elsewhere (replicated session): it holds entities. */
  private transient LazyDataModel<Row> rows;

  public LazyDataModel<Row> getRows() {
    if (rows == null) {
      rows = new Page(contracts);
    }
    return rows;
  }

  private transient Boolean busy;

  /** True while an analysis of the organisation's contracts is still running: the page polls. */
  public boolean isBusy() {
    if (busy == null) {
      busy = contracts.anyListedInProgress();
    }
    return busy;
  }

  /** Each poll asks again; the table re-reads its page whenever it is drawn. */
  public void refresh() {
    busy = null;
  }

  private static final class Page extends LazyDataModel<Row> {
    private static final long serialVersionUID = 1L;
    private final transient ContractService contracts;

    Page(ContractService contracts) {
      this.contracts = contracts;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, contracts.countListed());
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return contracts.latestVersionsOfListed(first, pageSize).stream()
          .map(v -> new Row(v.getContract(), v))
          .toList();
    }

    @Override
    public String getRowKey(Row row) {
      return String.valueOf(row.contract().getId());
    }

    @Override
    public Row getRowData(String rowKey) {
      List<Row> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream()
              .filter(r -> String.valueOf(r.contract().getId()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }
}
