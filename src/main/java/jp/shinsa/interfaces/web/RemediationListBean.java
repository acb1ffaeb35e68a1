package jp.shinsa.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.identity.CurrentUser;
import jp.shinsa.application.remediation.RemediationService;
import jp.shinsa.domain.remediation.RemediationItem;

/**
 * The list of remediation items the caller may see: the officer's own organisation's, or for vendor
 * staff the items sent to their organisation.
 */
@Named
@RequestScoped
public class RemediationListBean {

  @Inject private RemediationService remediation;
  @Inject private CatalogueService catalogues;
  @Inject private CurrentUser currentUser;

  private Long contract;
  private String state;
  private List<RemediationItem> items;

  public List<RemediationItem> getItems() {
    if (items == null) {
      items =
          (contract == null ? remediation.list() : remediation.forContract(contract))
              .stream()
                  .filter(
                      i -> state == null || state.isBlank() || i.getState().name().equals(state))
                  .toList();
    }
    return items;
  }

  public String title(RemediationItem i) {
    return catalogues
        .active()
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
    return java.util.Arrays.stream(jp.shinsa.domain.remediation.RemediationState.values())
        .map(Enum::name)
        .toList();
  }

  public Long getContract() {
    return contract;
  }

  public void setContract(Long contract) {
    this.contract = contract;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
