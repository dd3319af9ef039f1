package org.casedesk.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.residents.ResidentRepository;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * Case search over everything the caller may see, paged in the database: a count and a page query,
 * whatever the page.
 */
@Stateless
@RolesAllowed({Roles.HELPDESK, Roles.COMMUNITY_OFFICIAL, Roles.SUBDISTRICT_OFFICIAL, Roles.ADMIN})
public class CaseSearchService {

  /** The columns one may sort by, and their JPQL; anything else is refused. */
  private static final Map<String, String> SORTS =
      Map.of(
          "acceptedAt", "c.acceptedAt",
          "dueAt", "c.dueAt",
          "caseNo", "c.caseNo",
          "state", "c.state");

  @Inject private AccountRepository accounts;
  @Inject private CaseRepository cases;
  @Inject private AuditRepository audit;
  @Inject private ResidentRepository residents;
  @Resource private SessionContext context;

  /** How many cases match: the paginator's total. */
  public long count(@NotNull CaseFilter filter) {
    Where where = where(filter);
    return cases.count(where.condition(), where.parameters());
  }

  /**
   * How many cases match, counted up to {@code atMost}: the paginator's total for a search that may
   * match most of a million cases (no filter, a word found everywhere), where an exact count would
   * cost more than the page itself.
   */
  public long countUpTo(@NotNull CaseFilter filter, @Min(1) int atMost) {
    Where where = where(filter);
    return cases.countUpTo(where.condition(), where.parameters(), atMost);
  }

  /** One page of the matching cases, sorted by one of the columns, newest first by default. */
  public List<CaseSummary> page(
      @NotNull CaseFilter filter,
      @Min(0) int first,
      @Min(1) @Max(200) int pageSize,
      String sortField,
      boolean ascending) {
    String sort = SORTS.get(sortField == null ? "acceptedAt" : sortField);
    if (sort == null) {
      throw new BusinessException("search.sort.invalid");
    }
    String direction = ascending ? " asc" : " desc";
    Where where = where(filter);
    SearchTerm term = SearchTerm.of(filter.text());
    if (term != null && term.kind() != SearchTerm.Kind.CASE_NO) {
      // a phone's digits or a name looks residents up: who searched for whom is logged
      audit.record(where.me().getId(), AuditAction.SEARCH_RESIDENT, null, null, term.detail());
    }
    return cases.summaries(
        where.condition(),
        where.parameters(),
        sort + direction + ", c.id" + direction,
        first,
        pageSize);
  }

  /** The most rows one export of the case search holds. */
  public static final int MAX_EXPORT = 5000;

  /**
   * The matching cases for a download (CSV or XLSX, {@code format} names it in the audit log), in
   * the search's default order, at most {@value #MAX_EXPORT}; the export is written to the audit
   * log with its filter.
   */
  public List<CaseSummary> export(
      @NotNull CaseFilter filter,
      @NotNull @jakarta.validation.constraints.Pattern(regexp = "CSV|XLSX") String format) {
    Where where = where(filter);
    List<CaseSummary> rows =
        cases.summaries(
            where.condition(), where.parameters(), "c.acceptedAt desc, c.id desc", 0, MAX_EXPORT);
    String detail = format + " " + rows.size() + " " + filter;
    audit.record(
        where.me().getId(),
        AuditAction.EXPORT_CASES,
        null,
        null,
        detail.length() <= 200 ? detail : detail.substring(0, 200));
    return rows;
  }

  private record Where(String condition, Map<String, Object> parameters, UserAccount me) {}

  /** The caller's scope and the filter as one JPQL condition on {@code c}. */
  private Where where(CaseFilter filter) {
    if (filter.figureWithoutDays()) {
      throw new BusinessException("search.figure.invalid");
    }
    UserAccount me = accounts.caller(context.getCallerPrincipal());
    CaseScope scope = CaseScope.of(me);
    StringBuilder where = new StringBuilder(scope.condition());
    Map<String, Object> parameters = scope.addTo(new HashMap<>());
    if (filter.state() != null) {
      where.append(" and c.state = :state");
      parameters.put("state", filter.state());
    }
    // a figure's cases carry the dimensions its facts were frozen with
    String on = filter.figure() == null ? "c" : "f";
    StringBuilder dimensions = new StringBuilder();
    if (filter.categoryId() != null) {
      dimensions.append(" and ").append(on).append(".categoryId = :category");
      parameters.put("category", filter.categoryId());
    }
    if (filter.gridId() != null) {
      dimensions.append(" and ").append(on).append(".gridId = :grid");
      parameters.put("grid", filter.gridId());
    }
    if (filter.channel() != null) {
      dimensions.append(" and ").append(on).append(".channel = :channel");
      parameters.put(
          "channel", filter.figure() == null ? filter.channel() : filter.channel().name());
    }
    if (filter.communityId() != null) {
      dimensions.append(" and ").append(on).append(".communityId = :community");
      parameters.put("community", filter.communityId());
    }
    if (filter.unitId() != null) {
      dimensions.append(
          filter.figure() == null
              ? " and c.handlerId in (select u.id from UserAccount u where u.memberUnitId = :unit)"
              : " and f.unitId = :unit");
      parameters.put("unit", filter.unitId());
    }
    if (filter.figure() == null) {
      where.append(dimensions);
    } else {
      where
          .append(" and c.id in (")
          .append(filter.figure().caseIds())
          .append(dimensions)
          .append(")");
      parameters.put("figureFrom", filter.figureFrom());
      parameters.put("figureTo", filter.figureTo());
    }
    if (filter.acceptedFrom() != null) {
      where.append(" and c.acceptedAt >= :from");
      parameters.put("from", filter.acceptedFrom().atStartOfDay());
    }
    if (filter.acceptedTo() != null) {
      where.append(" and c.acceptedAt < :to");
      parameters.put("to", filter.acceptedTo().plusDays(1).atStartOfDay());
    }
    if (filter.closedFrom() != null) {
      where.append(" and c.closedAt >= :closedFrom");
      parameters.put("closedFrom", filter.closedFrom().atStartOfDay());
    }
    if (filter.closedTo() != null) {
      where.append(" and c.closedAt < :closedTo");
      parameters.put("closedTo", filter.closedTo().plusDays(1).atStartOfDay());
    }
    // a due time of 24:00 is stored as 00:00 of the next day and belongs to the day it ends
    if (filter.dueFrom() != null) {
      where.append(" and c.dueAt > :dueFrom");
      parameters.put("dueFrom", filter.dueFrom().atStartOfDay());
    }
    if (filter.dueTo() != null) {
      where.append(" and c.dueAt <= :dueTo");
      parameters.put("dueTo", filter.dueTo().plusDays(1).atStartOfDay());
    }
    if (filter.overdueOnly()) {
      where.append(" and c.state in :open and c.dueAt < :now");
      parameters.put("open", CaseState.withHandler());
      parameters.put("now", cases.now());
    }
    SearchTerm term = SearchTerm.of(filter.text());
    if (term != null) {
      term.addTo(where, parameters, residents);
    }
    return new Where(where.toString(), parameters, me);
  }
}
