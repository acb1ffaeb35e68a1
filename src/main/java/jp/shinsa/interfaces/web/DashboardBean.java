package jp.shinsa.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shinsa.application.dashboard.DashboardCounts;
import jp.shinsa.application.dashboard.DashboardService;

/** Backs the dashboard page. */
@Named
@RequestScoped
public class DashboardBean {

  @Inject private DashboardService dashboard;

  private DashboardCounts counts;

  public DashboardCounts getCounts() {
    if (counts == null) {
      counts = dashboard.counts();
    }
    return counts;
  }
}
