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

/** The contract list: what the caller's organisation filed or is the vendor on. */
@Named
@ViewScoped
public class ContractListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row: the contract and its latest version. */
  public record Row(Contract contract, ContractVersion latest) implements Serializable {}

  @Inject private ContractService contracts;

  private transient List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      Map<Long, ContractVersion> latest = contracts.latestVersionsOfListed();
      rows =
          contracts.list().stream()
              .filter(c -> latest.containsKey(c.getId()))
              .map(c -> new Row(c, latest.get(c.getId())))
              .toList();
    }
    return rows;
  }

  /** True while any analysis is still running, so the page keeps polling. */
  public boolean isBusy() {
    return getRows().stream().anyMatch(r -> !r.latest().getStatus().isFinished());
  }

  public void refresh() {
    rows = null;
  }
}
