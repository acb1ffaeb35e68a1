package jp.shinsa.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import jp.shinsa.application.remediation.RemediationDashboard;
import jp.shinsa.application.remediation.RemediationDashboard.Breakdown;
import jp.shinsa.application.remediation.RemediationDashboard.Overview;
import jp.shinsa.domain.remediation.Priority;

/**
 * The remediation dashboard. Charts are Chart.js configurations for PrimeFaces' {@code p:chart},
 * built with JSON-P so that labels (vendor names, contract titles) are escaped properly.
 */
@Named
@RequestScoped
public class RemediationDashboardBean {

  private static final Map<Priority, String> COLOURS =
      Map.of(Priority.HIGH, "#c0392b", Priority.MEDIUM, "#e67e22", Priority.LOW, "#7f8c8d");

  @Inject private RemediationDashboard dashboard;

  private Overview overview;

  public Overview getOverview() {
    if (overview == null) {
      overview = dashboard.overview();
    }
    return overview;
  }

  /** Open gaps per vendor, stacked by priority. */
  public String getVendorChart() {
    return stackedByPriority(getOverview().byVendor());
  }

  /** Open gaps per contract, stacked by priority. */
  public String getContractChart() {
    return stackedByPriority(getOverview().byContract());
  }

  /** Open gaps per checklist group, stacked by priority. */
  public String getGroupChart() {
    Map<String, Map<Priority, Integer>> data = getOverview().byGroupAndPriority();
    List<String> labels = List.copyOf(data.keySet());
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Priority p : Priority.values()) {
      JsonArrayBuilder values = Json.createArrayBuilder();
      labels.forEach(g -> values.add(data.get(g).getOrDefault(p, 0)));
      datasets.add(
          dataset(RemediationMessages.get("priority." + p.name()), values, COLOURS.get(p)));
    }
    return bar(labels, datasets, true);
  }

  /** Open and closed items at the end of each recent week. */
  public String getTrendChart() {
    var trend = getOverview().trend();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder open = Json.createArrayBuilder();
    JsonArrayBuilder closed = Json.createArrayBuilder();
    trend.forEach(
        t -> {
          labels.add(t.weekEnding().toString());
          open.add(t.open());
          closed.add(t.closed());
        });
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(RemediationMessages.get("dashboard.open"), open, "#c0392b")
                    .add("fill", false))
            .add(
                dataset(RemediationMessages.get("dashboard.closed"), closed, "#27ae60")
                    .add("fill", false));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }

  /** Checklist groups that appear in any breakdown, for the tables. */
  public List<String> groupsOf(List<Breakdown> breakdowns) {
    TreeSet<String> groups = new TreeSet<>();
    breakdowns.forEach(b -> groups.addAll(b.byGroup().keySet()));
    return List.copyOf(groups);
  }

  public int countGroup(Breakdown b, String group) {
    return b.byGroup().getOrDefault(group, 0);
  }

  public int countPriority(Breakdown b, Priority p) {
    return b.byPriority().getOrDefault(p, 0);
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  private String stackedByPriority(List<Breakdown> breakdowns) {
    List<String> labels = breakdowns.stream().map(Breakdown::label).toList();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Priority p : Priority.values()) {
      datasets.add(
          dataset(
              RemediationMessages.get("priority." + p.name()),
              values(breakdowns, b -> b.byPriority().getOrDefault(p, 0)),
              COLOURS.get(p)));
    }
    return bar(labels, datasets, true);
  }

  private static JsonArrayBuilder values(List<Breakdown> list, Function<Breakdown, Integer> f) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    list.forEach(b -> a.add(f.apply(b)));
    return a;
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static String bar(List<String> labels, JsonArrayBuilder datasets, boolean stacked) {
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", stacked);
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", Json.createArrayBuilder(labels))
                .add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", axis)
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", stacked)
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
