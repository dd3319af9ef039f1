package org.casedesk.cases;

import java.io.Serializable;
import java.time.LocalDate;
import org.casedesk.categories.Channel;

/**
 * What the case search filters on; null means any. Dates are Asia/Shanghai days, both ends
 * included: of acceptance, of closing (结案), and of the due time (a due time of 24:00 belongs to the
 * day it ends). The unit is the member unit of the case's current handler.
 *
 * <p>The report's drill-down sets {@code figure} with its days: then only the cases behind that
 * figure on those days are found, from the report job's per-case facts, and community, grid,
 * category, channel and unit are those the facts were frozen with (not the case's current ones).
 *
 * <p>{@code text} is the header's search box: a case number, the last digits of a phone (or of a
 * case number), the start of a resident's name, or words of the description ({@link SearchTerm}).
 */
public record CaseFilter(
    CaseState state,
    Long categoryId,
    Long gridId,
    Channel channel,
    LocalDate acceptedFrom,
    LocalDate acceptedTo,
    boolean overdueOnly,
    Long communityId,
    Long unitId,
    LocalDate closedFrom,
    LocalDate closedTo,
    LocalDate dueFrom,
    LocalDate dueTo,
    ReportFigure figure,
    LocalDate figureFrom,
    LocalDate figureTo,
    String text)
    implements Serializable {

  /** A search without the search box's text. */
  public CaseFilter(
      CaseState state,
      Long categoryId,
      Long gridId,
      Channel channel,
      LocalDate acceptedFrom,
      LocalDate acceptedTo,
      boolean overdueOnly,
      Long communityId,
      Long unitId,
      LocalDate closedFrom,
      LocalDate closedTo,
      LocalDate dueFrom,
      LocalDate dueTo,
      ReportFigure figure,
      LocalDate figureFrom,
      LocalDate figureTo) {
    this(
        state,
        categoryId,
        gridId,
        channel,
        acceptedFrom,
        acceptedTo,
        overdueOnly,
        communityId,
        unitId,
        closedFrom,
        closedTo,
        dueFrom,
        dueTo,
        figure,
        figureFrom,
        figureTo,
        null);
  }

  /** Everything the caller may see that the search box's text finds. */
  public static CaseFilter text(String text) {
    return new CaseFilter(
        null, null, null, null, null, null, false, null, null, null, null, null, null, null, null,
        null, text);
  }

  /** A search with the report's date and dimension filters but no figure. */
  public CaseFilter(
      CaseState state,
      Long categoryId,
      Long gridId,
      Channel channel,
      LocalDate acceptedFrom,
      LocalDate acceptedTo,
      boolean overdueOnly,
      Long communityId,
      Long unitId,
      LocalDate closedFrom,
      LocalDate closedTo,
      LocalDate dueFrom,
      LocalDate dueTo) {
    this(
        state,
        categoryId,
        gridId,
        channel,
        acceptedFrom,
        acceptedTo,
        overdueOnly,
        communityId,
        unitId,
        closedFrom,
        closedTo,
        dueFrom,
        dueTo,
        null,
        null,
        null);
  }

  /** The cases behind a report figure of the days {@code from} to {@code to}, in its dimensions. */
  public static CaseFilter figure(
      ReportFigure figure,
      LocalDate from,
      LocalDate to,
      Long communityId,
      Long gridId,
      Long categoryId,
      Channel channel,
      Long unitId) {
    return new CaseFilter(
        null,
        categoryId,
        gridId,
        channel,
        null,
        null,
        false,
        communityId,
        unitId,
        null,
        null,
        null,
        null,
        figure,
        from,
        to);
  }

  /** A figure's drill-down without its days (or with them the wrong way round): refused. */
  public boolean figureWithoutDays() {
    return figure != null
        && (figureFrom == null || figureTo == null || figureFrom.isAfter(figureTo));
  }

  /** The search screen's first filters, without the report's. */
  public CaseFilter(
      CaseState state,
      Long categoryId,
      Long gridId,
      Channel channel,
      LocalDate acceptedFrom,
      LocalDate acceptedTo,
      boolean overdueOnly) {
    this(
        state,
        categoryId,
        gridId,
        channel,
        acceptedFrom,
        acceptedTo,
        overdueOnly,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static CaseFilter any() {
    return new CaseFilter(null, null, null, null, null, null, false);
  }
}
