package jp.shinsa.application.remediation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.shinsa.application.catalogue.CatalogueService;
import jp.shinsa.application.contract.ContractService;
import jp.shinsa.domain.checklist.Catalogue;
import jp.shinsa.domain.contract.Contract;
import jp.shinsa.domain.remediation.Priority;
import jp.shinsa.domain.remediation.RemediationHistoryEntry;
import jp.shinsa.domain.remediation.RemediationItem;
import jp.shinsa.domain.remediation.RemediationState;

/**
 * Figures for the remediation dashboard, over the items the caller may see: open gaps per vendor
 * and per contract by checklist group and priority, overdue items, and how many gaps were open at
 * the end of each of the last weeks (rebuilt from the items' histories, so no snapshot table is
 * needed and the trend agrees with the record).
 */
@RequestScoped
@Transactional
public class RemediationDashboard {

  /** Weeks shown in the trend. */
  public static final int TREND_WEEKS = 8;

  private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  /** Open items of one vendor or contract, per priority and per checklist group. */
  public record Breakdown(
      String label, Map<Priority, Integer> byPriority, Map<String, Integer> byGroup, int total) {}

  /** Open items at the end of a week. */
  public record TrendPoint(LocalDate weekEnding, int open, int closed) {}

  public record Overview(
      int open,
      int overdueCount,
      List<Breakdown> byVendor,
      List<Breakdown> byContract,
      Map<String, Map<Priority, Integer>> byGroupAndPriority,
      List<RemediationItem> overdue,
      List<TrendPoint> trend) {}

  @Inject private RemediationService remediation;
  @Inject private ContractService contracts;
  @Inject private CatalogueService catalogues;
  @Inject private Clock clock;

  public Overview overview() {
    List<RemediationItem> items = remediation.list();
    Map<Long, Contract> contractById = new HashMap<>();
    for (Contract c : contracts.list()) {
      contractById.put(c.getId(), c);
    }
    Catalogue catalogue = catalogues.active();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
    List<RemediationItem> open = items.stream().filter(i -> i.getState().isInProgress()).toList();

    Map<String, List<RemediationItem>> perVendor = new TreeMap<>();
    Map<String, List<RemediationItem>> perContract = new LinkedHashMap<>();
    Map<String, Map<Priority, Integer>> groupPriority = new TreeMap<>();
    for (RemediationItem i : open) {
      Contract c = contractById.get(i.getContractId());
      String vendor = c == null ? "?" : c.getVendor().getName();
      String contract = c == null ? "#" + i.getContractId() : c.getTitle();
      perVendor.computeIfAbsent(vendor, k -> new ArrayList<>()).add(i);
      perContract.computeIfAbsent(contract, k -> new ArrayList<>()).add(i);
      groupPriority
          .computeIfAbsent(group(catalogue, i), k -> new EnumMap<>(Priority.class))
          .merge(i.getPriority(), 1, Integer::sum);
    }
    List<RemediationItem> overdue =
        open.stream()
            .filter(i -> i.isOverdue(today))
            .sorted(Comparator.comparing(RemediationItem::getDueDate))
            .toList();
    return new Overview(
        open.size(),
        overdue.size(),
        breakdowns(perVendor, catalogue),
        breakdowns(perContract, catalogue),
        groupPriority,
        overdue,
        trend(items, today));
  }

  private static List<Breakdown> breakdowns(
      Map<String, List<RemediationItem>> grouped, Catalogue catalogue) {
    List<Breakdown> result = new ArrayList<>();
    grouped.forEach(
        (label, list) -> {
          Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
          Map<String, Integer> byGroup = new TreeMap<>();
          for (RemediationItem i : list) {
            byPriority.merge(i.getPriority(), 1, Integer::sum);
            byGroup.merge(group(catalogue, i), 1, Integer::sum);
          }
          result.add(new Breakdown(label, byPriority, byGroup, list.size()));
        });
    result.sort(Comparator.comparingInt(Breakdown::total).reversed());
    return result;
  }

  /** The checklist group code of the item (AUD, IN-USE, ...). */
  private static String group(Catalogue catalogue, RemediationItem i) {
    return catalogue
        .item(i.getItemId())
        .map(c -> c.group())
        .orElseGet(
            () -> {
              int dash = i.getItemId().lastIndexOf('-');
              return dash > 0 ? i.getItemId().substring(0, dash) : i.getItemId();
            });
  }

  private static List<TrendPoint> trend(List<RemediationItem> items, LocalDate today) {
    LocalDate lastSunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    List<TrendPoint> points = new ArrayList<>();
    for (int w = TREND_WEEKS - 1; w >= 0; w--) {
      LocalDate weekEnd = lastSunday.minusWeeks(w);
      Instant end = weekEnd.plusDays(1).atStartOfDay(ZONE).toInstant();
      int open = 0;
      int closed = 0;
      for (RemediationItem i : items) {
        RemediationState state = stateAt(i, end);
        if (state == null) {
          continue;
        }
        if (state.isInProgress()) {
          open++;
        } else if (state.isClosed()) {
          closed++;
        }
      }
      points.add(new TrendPoint(weekEnd, open, closed));
    }
    return points;
  }

  /** The item's state at a moment, from its history; null before it existed. */
  static RemediationState stateAt(RemediationItem item, Instant moment) {
    RemediationState state = null;
    for (RemediationHistoryEntry h : item.getHistory()) {
      if (h.getAt().isAfter(moment)) {
        break;
      }
      state = h.getToState();
    }
    return state;
  }
}
