package org.casedesk.open311;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.cases.CaseRepository;
import org.casedesk.cases.CaseState;

/**
 * The Open311 GeoReport v2 reads: requests with the spec's filters, one request, and FixMyStreet's
 * updates. They never show a resident, their phone, ID number or flat, withhold descriptions from
 * callers without a valid key, withhold anonymous and confidential cases from every client but the
 * one that posted them, and are audited case by case ({@link Open311Views}).
 */
@Stateless
@PermitAll
public class Open311ReadService {

  @Inject private Open311Repository requests;
  @Inject private CaseRepository cases;
  @Inject private ApiKeys keys;
  @Inject private Open311Views views;

  /** GET requests with the spec's filters and defaults (90 days, 1000) and page/page_size. */
  public List<ServiceRequestView> requests(String apiKey, RequestQuery q) {
    Optional<ApiClient> client = keys.client(apiKey, false);
    List<Open311Error> errors = new ArrayList<>();
    StringBuilder where = new StringBuilder(visibleTo());
    Map<String, Object> params = new HashMap<>();
    params.put("client", client.map(ApiClient::getId).orElse(-1L));
    if (q.ids() != null && !q.ids().isEmpty()) {
      // the spec: a list of ids overrides every other argument
      where.append(" and c.caseNo in :ids");
      params.put("ids", q.ids());
    } else {
      if (!NewServiceRequest.blank(q.serviceCode())) {
        where.append(" and k.code in :codes");
        params.put("codes", splitList(q.serviceCode()));
      }
      if (!NewServiceRequest.blank(q.status())) {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        for (String status : splitList(q.status())) {
          if (!status.equals("open") && !status.equals("closed")) {
            errors.add(new Open311Error(400, "status must be open or closed, not " + status));
          }
          Arrays.stream(CaseState.values())
              .filter(s -> Open311Status.of(s).equals(status))
              .forEach(states::add);
        }
        where.append(" and c.state in :states");
        params.put("states", states);
      }
      LocalDateTime[] range = range(q.startDate(), q.endDate(), errors);
      where.append(" and c.acceptedAt >= :start and c.acceptedAt <= :end");
      params.put("start", range[0]);
      params.put("end", range[1]);
    }
    int page = number(q.page(), "page", 1, Integer.MAX_VALUE, 1, errors);
    int size =
        number(
            q.pageSize(),
            "page_size",
            1,
            Open311Service.MAX_PAGE_SIZE,
            Open311Service.MAX_PAGE_SIZE,
            errors);
    if (!errors.isEmpty()) {
      throw new Open311Exception(400, errors);
    }
    List<Object[]> rows =
        requests.cases(
            where.toString(),
            params,
            (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size),
            size);
    return views.of(rows, client, q.extensions(), "GET requests");
  }

  /** GET requests/{id}: 404 when there is no such case or it is withheld from this caller. */
  public ServiceRequestView request(String apiKey, String id, boolean extensions) {
    Optional<ApiClient> client = keys.client(apiKey, false);
    List<Object[]> rows =
        requests.cases(
            "c.caseNo = :id and " + visibleTo(),
            Map.of("id", id, "client", client.map(ApiClient::getId).orElse(-1L)),
            0,
            Open311Service.MAX_PAGE_SIZE);
    if (rows.isEmpty()) {
      throw new Open311Exception(404, "service_request_id " + id + " was not found");
    }
    return views.of(rows, client, extensions, "GET requests/" + id).get(0);
  }

  /**
   * FixMyStreet's GET servicerequestupdates: every step of the visible cases' histories between
   * start_date and end_date (default the last 90 days, at most 90), oldest first, at most 1000.
   */
  public List<RequestUpdate> updates(String apiKey, String startDate, String endDate) {
    Optional<ApiClient> client = keys.client(apiKey, false);
    List<Open311Error> errors = new ArrayList<>();
    LocalDateTime[] range = range(startDate, endDate, errors);
    if (!errors.isEmpty()) {
      throw new Open311Exception(400, errors);
    }
    return views.updates(client, range[0], range[1]);
  }

  /** The anonymous and confidential cases only the client that posted them sees. */
  static String visibleTo() {
    return "((c.anonymous = false and c.confidential = false) or o.clientId = :client)";
  }

  /** [start, end] in Asia/Shanghai: the 90-day defaults; a longer span is refused. */
  private LocalDateTime[] range(String startDate, String endDate, List<Open311Error> errors) {
    LocalDateTime start = parse(startDate, "start_date", errors);
    LocalDateTime end = parse(endDate, "end_date", errors);
    if (start == null && end == null) {
      end = cases.now();
      start = end.minusDays(Open311Service.MAX_DAYS);
    } else if (start == null) {
      start = end.minusDays(Open311Service.MAX_DAYS);
    } else if (end == null) {
      end = start.plusDays(Open311Service.MAX_DAYS);
    } else if (end.isBefore(start)) {
      errors.add(new Open311Error(400, "end_date is before start_date"));
    } else if (end.isAfter(start.plusDays(Open311Service.MAX_DAYS))) {
      errors.add(new Open311Error(400, "start_date to end_date may not span more than 90 days"));
    }
    return new LocalDateTime[] {start, end};
  }

  /** A W3C datetime (an offset, or none meaning +08:00) or a day, as Asia/Shanghai time. */
  static LocalDateTime parse(String value, String field, List<Open311Error> errors) {
    if (NewServiceRequest.blank(value)) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).atZoneSameInstant(WorkCalendar.ZONE).toLocalDateTime();
    } catch (DateTimeParseException e) {
      try {
        return v.length() == 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v);
      } catch (DateTimeParseException e2) {
        errors.add(
            new Open311Error(
                400, field + " must be a W3C datetime, e.g. 2026-12-01T08:00:00+08:00"));
        return null;
      }
    }
  }

  private static int number(
      String value, String field, int min, int max, int fallback, List<Open311Error> errors) {
    if (NewServiceRequest.blank(value)) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new Open311Error(400, field + " must be a number from " + min + " to " + max));
    return fallback;
  }

  private static List<String> splitList(String value) {
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .sorted(Comparator.naturalOrder())
        .toList();
  }
}
