package org.casedesk.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casedesk.areas.AreaItem;
import org.casedesk.areas.AreaService;
import org.casedesk.cases.CaseFilter;
import org.casedesk.cases.CaseSearchService;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.ReportFigure;
import org.casedesk.cases.SearchTerm;
import org.casedesk.categories.CategoryItem;
import org.casedesk.categories.CategoryService;
import org.casedesk.categories.Channel;
import org.casedesk.web.shared.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Case search: filters above a lazy table paged and sorted in the database. The filters are also
 * view parameters, so a search can be bookmarked and sent to a colleague.
 */
@Named
@ViewScoped
public class CaseSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient CaseSearchService search;
  @Inject private transient CategoryService categoryService;
  @Inject private transient AreaService areas;

  private CaseState state;
  private Long categoryId;
  private Long gridId;
  private Channel channel;
  private LocalDate from;
  private LocalDate to;
  private boolean overdue;
  private int first;
  // the report's drill-down filters (query parameters only)
  private Long communityId;
  private Long unitId;
  private LocalDate closedFrom;
  private LocalDate closedTo;
  private LocalDate dueFrom;
  private LocalDate dueTo;
  // the report figure whose cases to list, with its days (the exact drill-down)
  private ReportFigure figure;
  private LocalDate figureFrom;
  private LocalDate figureTo;
  private boolean filterInvalid;
  // the header's search box: case number, phone digits, name or words
  private String q;

  private List<CategoryItem> categories;
  private List<AreaItem> grids;
  private final LazyDataModel<CaseSummary> results = new Results();

  /** How many matching cases the pager counts at most (more: "1000+"). */
  static final int COUNTED = 1000;

  private boolean countCapped;

  @PostConstruct
  void init() {
    categories = categoryService.categories();
    grids = areas.grids();
  }

  private CaseFilter filter() {
    return new CaseFilter(
        state,
        categoryId,
        gridId,
        channel,
        from,
        to,
        overdue,
        communityId,
        unitId,
        closedFrom,
        closedTo,
        dueFrom,
        dueTo,
        figure,
        figureFrom,
        figureTo,
        q);
  }

  /** A figure's drill-down needs its days: without them the page says so and lists nothing. */
  public void check() {
    filterInvalid = filter().figureWithoutDays();
    if (filterInvalid) {
      Messages.error("search.figure.invalid");
    } else if (q != null && q.strip().length() > SearchTerm.MAX_LENGTH) {
      filterInvalid = true;
      Messages.error("search.q.size");
    }
  }

  /**
   * The search button: the first page of the new filter, at an address that carries it (so the
   * search can be bookmarked, and the back button returns to it).
   */
  public String apply() {
    first = 0;
    return "/search/cases?faces-redirect=true&includeViewParams=true";
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  private final class Results extends LazyDataModel<CaseSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (filterInvalid) {
        return 0;
      }
      // up to COUNTED cases the pager shows the exact total, beyond it "1000+" (a count of a
      // million cases costs more than the page); a deeper first row asked for by its address is
      // counted exactly, so that the pager can reach it
      if (first >= COUNTED) {
        countCapped = false;
        return (int) Math.min(Integer.MAX_VALUE, search.count(filter()));
      }
      long count = search.countUpTo(filter(), COUNTED + 1);
      countCapped = count > COUNTED;
      return (int) Math.min(count, COUNTED);
    }

    @Override
    public List<CaseSummary> load(
        int offset, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (filterInvalid) {
        return List.of();
      }
      SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
      String field = sort == null ? null : sort.getField();
      boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
      return search.page(filter(), offset, pageSize, field, ascending);
    }

    @Override
    public String getRowKey(CaseSummary row) {
      return String.valueOf(row.id());
    }

    @Override
    public CaseSummary getRowData(String rowKey) {
      return null; // no row selection on this table
    }
  }

  public LazyDataModel<CaseSummary> getResults() {
    return results;
  }

  /** The pager's report: the exact total, or "1000+" when there are more than it counts. */
  public String getPageReport() {
    return "{startRecord}-{endRecord} / " + (countCapped ? COUNTED + "+" : "{totalRecords}");
  }

  public CaseState[] getStates() {
    return CaseState.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public List<CategoryItem> getCategories() {
    return categories;
  }

  public List<AreaItem> getGrids() {
    return grids;
  }

  public CaseState getState() {
    return state;
  }

  public void setState(CaseState state) {
    this.state = state;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }

  public Long getGridId() {
    return gridId;
  }

  public void setGridId(Long gridId) {
    this.gridId = gridId;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public int getFirst() {
    return first;
  }

  public void setFirst(int first) {
    this.first = Math.max(0, first);
  }

  public Long getCommunityId() {
    return communityId;
  }

  public void setCommunityId(Long communityId) {
    this.communityId = communityId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public LocalDate getClosedFrom() {
    return closedFrom;
  }

  public void setClosedFrom(LocalDate closedFrom) {
    this.closedFrom = closedFrom;
  }

  public LocalDate getClosedTo() {
    return closedTo;
  }

  public void setClosedTo(LocalDate closedTo) {
    this.closedTo = closedTo;
  }

  public LocalDate getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(LocalDate dueFrom) {
    this.dueFrom = dueFrom;
  }

  public LocalDate getDueTo() {
    return dueTo;
  }

  public void setDueTo(LocalDate dueTo) {
    this.dueTo = dueTo;
  }

  public ReportFigure getFigure() {
    return figure;
  }

  public void setFigure(ReportFigure figure) {
    this.figure = figure;
  }

  public LocalDate getFigureFrom() {
    return figureFrom;
  }

  public void setFigureFrom(LocalDate figureFrom) {
    this.figureFrom = figureFrom;
  }

  public LocalDate getFigureTo() {
    return figureTo;
  }

  public void setFigureTo(LocalDate figureTo) {
    this.figureTo = figureTo;
  }

  /** Whether the report's drill-down narrowed the search beyond the visible filters. */
  public boolean isFromReport() {
    return figure == null
        && (communityId != null
            || unitId != null
            || closedFrom != null
            || closedTo != null
            || dueFrom != null
            || dueTo != null);
  }
}
