package org.casedesk.reports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.categories.CategoryRepository;
import org.casedesk.members.UnitRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;
import org.casedesk.shared.Roles;

/**
 * The read side of the nightly report: every figure is a sum of daily snapshot rows over whole days
 * (SnapshotQueryRepository), so weeks, months, quarters and years need no snapshots of their own.
 * Community officials only ever read their own community's rows, whatever they ask for.
 */
@Stateless
public class ReportService {

  /** How many periods the trend chart shows. */
  public static final int TREND_PERIODS = 12;

  private static final int HOT_CATEGORIES = 5;
  private static final int BOTTOM = 3;

  @Inject private AreaRepository areaNodes;
  @Inject private CategoryRepository categories;
  @Inject private UnitRepository units;
  @Inject private AccountRepository accounts;
  @Inject private SnapshotQueryRepository snapshots;
  @Inject private ReportWeights weights;
  @Inject private AuditRepository audit;
  @Resource private SessionContext context;

  /** The report of one period, level and breakdown. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public Report report(@NotNull @Valid ReportQuery query) {
    return build(query, accounts.caller(context.getCallerPrincipal()));
  }

  /**
   * The same report for an export file, with a line in the audit log (aggregates carry no personal
   * data, but who took which figures out of the system is kept all the same).
   */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public Report export(@NotNull @Valid ReportQuery query, @NotNull String format) {
    UserAccount me = accounts.caller(context.getCallerPrincipal());
    Report report = build(query, me);
    String detail =
        (format
                + " "
                + query.type()
                + " "
                + report.period().label()
                + " "
                + query.level()
                + (query.areaId() == null ? "" : " " + query.areaId())
                + " "
                + query.breakdown())
            .toUpperCase(java.util.Locale.ROOT);
    audit.record(me.getId(), AuditAction.EXPORT_REPORT, null, null, detail);
    return report;
  }

  /** The communities and grids the caller may choose as the report's level. */
  @RolesAllowed({Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
  public List<AreaItem> areas(@NotNull AreaKind kind) {
    UserAccount me = accounts.caller(context.getCallerPrincipal());
    Long community = ownCommunity(me);
    return areaNodes.ofKind(kind, community).stream()
        .map(a -> new AreaItem(a.getId(), a.getKind(), a.getName(), true))
        .toList();
  }

  private Report build(ReportQuery query, UserAccount me) {
    if (query.level() != Level.SUBDISTRICT && query.areaId() == null) {
      throw new BusinessException("report.area.required");
    }
    SnapshotQueryRepository.Where where = where(query, me);
    Period period = query.period();
    // one read of the period's rows for every breakdown (but by channel), one of the previous
    // period's, and one of the same period last year unless that is the previous one (a year)
    SnapshotQueryRepository.Sums sums = snapshots.sumsByEach(period, where);
    SnapshotQueryRepository.Sums previous = snapshots.sumsByEach(period.previous(), where);
    Figures lastYear =
        period.sameLastYear().equals(period.previous())
            ? previous.total()
            : snapshots.total(period.sameLastYear(), where);
    return new Report(
        query,
        period,
        sums.total(),
        previous.total(),
        lastYear,
        named(
            query.breakdown(),
            sums.by().containsKey(query.breakdown())
                ? sums.by().get(query.breakdown())
                : snapshots.sums(period, where, query.breakdown())),
        league(named(Breakdown.UNIT, sums.by().get(Breakdown.UNIT))),
        league(named(Breakdown.GRID, sums.by().get(Breakdown.GRID))),
        hot(sums.by().get(Breakdown.CATEGORY), previous.by().get(Breakdown.CATEGORY)),
        trend(period, where),
        snapshots.committee(period, where),
        snapshots.committee(period.previous(), where),
        snapshots.coverage(period),
        snapshots.coverage(period.previous()),
        snapshots.coverage(period.sameLastYear()));
  }

  /** The caller's scope and the chosen level as a condition on the snapshot tables. */
  private static SnapshotQueryRepository.Where where(ReportQuery query, UserAccount me) {
    StringBuilder condition = new StringBuilder();
    List<Object> parameters = new ArrayList<>();
    Long own = ownCommunity(me);
    if (own != null) {
      condition.append(" and r.community_id = ?");
      parameters.add(own);
    }
    if (query.level() == Level.COMMUNITY) {
      condition.append(" and r.community_id = ?");
      parameters.add(query.areaId());
    } else if (query.level() == Level.GRID) {
      condition.append(" and r.grid_id = ?");
      parameters.add(query.areaId());
    }
    return new SnapshotQueryRepository.Where(condition.toString(), parameters);
  }

  /** A community official's community; null for everyone who sees the whole sub-district. */
  private static Long ownCommunity(UserAccount me) {
    if (!Roles.COMMUNITY_OFFICIAL.equals(me.getRole())) {
      return null;
    }
    // an official without a community sees nothing rather than everything
    return me.getCommunityId() == null ? Long.valueOf(-1) : me.getCommunityId();
  }

  /** The rows with their names, largest volume (受理量 + 办结量 + 应办结) first. */
  private List<ReportRow> named(Breakdown by, Map<String, Figures> sums) {
    Map<String, LocalizedName> names = names(by, sums.keySet());
    return sums.entrySet().stream()
        .map(e -> new ReportRow(e.getKey(), names.get(e.getKey()), e.getValue()))
        .sorted(
            Comparator.comparingLong(
                    (ReportRow r) ->
                        r.figures().accepted() + r.figures().closed() + r.figures().due())
                .reversed()
                .thenComparing(r -> r.key() == null ? "" : r.key()))
        .toList();
  }

  private Map<String, LocalizedName> names(Breakdown by, Set<String> keys) {
    List<Long> ids =
        keys.stream().filter(k -> k != null && by != Breakdown.CHANNEL).map(Long::valueOf).toList();
    Map<String, LocalizedName> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    switch (by) {
      case CATEGORY ->
          categories
              .byIds(ids)
              .forEach(
                  c ->
                      names.put(
                          c.getId().toString(), new LocalizedName(c.getNameZh(), c.getNameEn())));
      case UNIT ->
          units.byIds(ids).forEach(u -> names.put(u.getId().toString(), same(u.getName())));
      default ->
          areaNodes.byIds(ids).forEach(a -> names.put(a.getId().toString(), same(a.getName())));
    }
    return names;
  }

  private static LocalizedName same(String name) {
    return new LocalizedName(name, name);
  }

  /**
   * Best score first; rows without a score (nothing due, closed or dispatched) last and unranked;
   * of four or more ranked rows, the last three are the bottom three.
   */
  private List<RankedRow> league(List<ReportRow> rows) {
    Map<ReportRow, Double> scores = new HashMap<>();
    rows.forEach(r -> scores.put(r, weights.score(r.figures())));
    List<ReportRow> scored =
        rows.stream()
            .filter(r -> scores.get(r) != null)
            .sorted(Comparator.comparingDouble((ReportRow r) -> scores.get(r)).reversed())
            .collect(Collectors.toCollection(ArrayList::new));
    // the bottom three are named only when there is someone above them
    int bottomFrom = scored.size() > BOTTOM ? scored.size() - BOTTOM : scored.size();
    List<RankedRow> league = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      league.add(new RankedRow(i + 1, scored.get(i), scores.get(scored.get(i)), i >= bottomFrom));
    }
    rows.stream()
        .filter(r -> scores.get(r) == null)
        .forEach(r -> league.add(new RankedRow(0, r, null, false)));
    return league;
  }

  private List<HotCategory> hot(Map<String, Figures> now, Map<String, Figures> before) {
    Map<String, LocalizedName> names = names(Breakdown.CATEGORY, now.keySet());
    return now.entrySet().stream()
        .filter(e -> e.getValue().accepted() > 0)
        .sorted(
            Comparator.comparingLong((Map.Entry<String, Figures> e) -> e.getValue().accepted())
                .reversed()
                .thenComparing(e -> Long.valueOf(e.getKey())))
        .limit(HOT_CATEGORIES)
        .map(
            e ->
                new HotCategory(
                    Long.parseLong(e.getKey()),
                    names.get(e.getKey()),
                    e.getValue().accepted(),
                    before.getOrDefault(e.getKey(), Figures.NONE).accepted()))
        .toList();
  }

  /** 受理量 and 办结量 of the last twelve periods, from one query over their days. */
  private List<TrendPoint> trend(Period period, SnapshotQueryRepository.Where where) {
    List<Period> periods = period.lastPeriods(TREND_PERIODS);
    Map<LocalDate, long[]> days = snapshots.daily(periods.get(0).first(), period.last(), where);
    return periods.stream()
        .map(
            p -> {
              long accepted = 0;
              long closed = 0;
              for (Map.Entry<LocalDate, long[]> day : days.entrySet()) {
                if (p.contains(day.getKey())) {
                  accepted += day.getValue()[0];
                  closed += day.getValue()[1];
                }
              }
              return new TrendPoint(p, accepted, closed);
            })
        .toList();
  }
}
