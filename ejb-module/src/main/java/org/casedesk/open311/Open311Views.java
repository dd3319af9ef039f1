package org.casedesk.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.audit.AuditAction;
import org.casedesk.audit.AuditRepository;
import org.casedesk.cases.CaseAction;
import org.casedesk.cases.CaseHistory;
import org.casedesk.cases.WorkCase;
import org.casedesk.categories.Category;
import org.casedesk.members.MemberUnit;
import org.casedesk.members.UnitRepository;
import org.casedesk.shared.Masking;

/**
 * Turns cases into what Open311 shows, loading their categories, places, handlers' units and
 * histories in a few queries, and writes one audit line per case read. The address is the
 * courtyard's, never the flat; phone and ID numbers typed into a text are masked.
 */
@ApplicationScoped
public class Open311Views {

  /** CaseDesk is in Asia/Shanghai, which has no daylight saving time. */
  static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

  private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
  private static final Pattern ID_NUMBER = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?!\\d)");

  /** History steps whose note may carry a resident's words or whereabouts: never shown. */
  private static final Set<CaseAction> PRIVATE_NOTES =
      EnumSet.of(
          CaseAction.VISITED,
          CaseAction.CALLER_MERGED,
          CaseAction.CALLER_FOLLOWED_UP,
          CaseAction.ATTACHED);

  private static final Map<String, String> STEPS =
      Map.ofEntries(
          Map.entry("ACCEPTED", "受理 accepted"),
          Map.entry("DISPATCHED", "派单 dispatched"),
          Map.entry("SIGNED", "签收 signed for"),
          Map.entry("HANDLING", "办理中 in progress"),
          Map.entry("RETURNED", "退单 returned for dispatch"),
          Map.entry("ESCALATED", "提交社工委会议 escalated to the committee"),
          Map.entry("RESOLVED", "办结 resolved"),
          Map.entry("CLOSED", "结案 closed"),
          Map.entry("ANSWERED", "直接答复 answered on the spot"),
          Map.entry("URGED", "催办 urged"),
          Map.entry("SUPERVISED", "督办 supervised"),
          Map.entry("EXTENSION_REQUESTED", "申请延期 extension requested"),
          Map.entry("EXTENSION_APPROVED", "同意延期 extension approved"),
          Map.entry("EXTENSION_REFUSED", "不同意延期 extension refused"),
          Map.entry("REPEAT_LINKED", "重复诉求 linked to an earlier case"),
          Map.entry("ATTACHED", "添加附件 file attached"),
          Map.entry("CALLER_MERGED", "合并来电 further caller"),
          Map.entry("CALLER_FOLLOWED_UP", "回访 follow-up of a further caller"),
          Map.entry("VISITED", "现场核查 on-site visit"),
          Map.entry("ON_AGENDA", "列入会议议程 on the committee's agenda"),
          Map.entry("COMMITTEE_DECISION", "会议决议 committee decision"),
          Map.entry("DECISION_DONE", "决议事项完成 decision task done"));

  @Inject private Open311Repository requests;
  @Inject private AreaRepository areaNodes;
  @Inject private UnitRepository unitRepository;
  @Inject private AuditRepository audit;

  /** Rows of (WorkCase, Open311Request or null), in their order. */
  List<ServiceRequestView> of(
      List<Object[]> rows, Optional<ApiClient> client, boolean extensions, String resource) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<WorkCase> list = rows.stream().map(r -> (WorkCase) r[0]).toList();
    Set<Long> caseIds = list.stream().map(WorkCase::getId).collect(Collectors.toSet());
    Map<Long, Category> categories = byId(requests.categories(), Category::getId);
    Map<Long, AreaNode> areas =
        new HashMap<>(nodes(list.stream().map(WorkCase::getLocationId).toList()));
    // a flat's entrance and courtyard, and every case's grid and community, in two queries
    for (int level = 0; level < 2; level++) {
      Set<Long> more = new LinkedHashSet<>();
      areas.values().stream().filter(Open311Views::hidden).forEach(a -> more.add(a.getParentId()));
      list.forEach(c -> more.addAll(List.of(c.getGridId(), c.getCommunityId())));
      more.removeAll(areas.keySet());
      areas.putAll(nodes(more));
    }
    Map<Long, UserAccount> handlers =
        byId(
            ids(list.stream().map(WorkCase::getHandlerId).toList()).isEmpty()
                ? List.of()
                : requests.accounts(ids(list.stream().map(WorkCase::getHandlerId).toList())),
            UserAccount::getId);
    Set<Long> unitIds = ids(handlers.values().stream().map(UserAccount::getMemberUnitId).toList());
    Map<Long, MemberUnit> units =
        byId(
            unitIds.isEmpty() ? List.of() : unitRepository.byIds(List.copyOf(unitIds)),
            MemberUnit::getId);
    List<CaseHistory> history = requests.history(caseIds);
    Map<Long, List<CaseHistory>> historyOf =
        history.stream().collect(Collectors.groupingBy(CaseHistory::getCaseId));

    List<ServiceRequestView> views = new ArrayList<>();
    for (Object[] row : rows) {
      WorkCase c = (WorkCase) row[0];
      Open311Request o = (Open311Request) row[1];
      boolean shown = client.isPresent() && !c.isConfidential();
      Category category = categories.get(c.getCategoryId());
      AreaNode place = published(areas.get(c.getLocationId()), areas);
      UserAccount handler = c.getHandlerId() == null ? null : handlers.get(c.getHandlerId());
      String agency =
          handler != null && handler.getMemberUnitId() != null
              ? units.get(handler.getMemberUnitId()).getName()
              : handler != null ? areas.get(c.getGridId()).getName() : null;
      List<CaseHistory> steps = historyOf.getOrDefault(c.getId(), List.of());
      LocalDateTime updated =
          steps.isEmpty() ? c.getAcceptedAt() : steps.get(steps.size() - 1).getAt();
      views.add(
          new ServiceRequestView(
              c.getCaseNo(),
              o == null ? null : o.getExternalId(),
              Open311Status.of(c.getState()),
              Open311Status.isClosed(c.getState()) && shown ? masked(c.getReply()) : null,
              category.getNameZh(),
              category.getCode(),
              shown ? masked(c.getDescription()) : null,
              agency,
              at(c.getAcceptedAt()),
              at(updated),
              at(c.getDueAt()),
              address(c, place, areas),
              place.getId(),
              o == null ? null : o.getLat(),
              o == null ? null : o.getLng(),
              extensions ? steps.stream().map(h -> update(h, c, shown)).toList() : null));
      record(client, c.getId(), resource);
    }
    return views;
  }

  /** The history steps of the cases visible to this caller in [start, end], oldest first. */
  List<RequestUpdate> updates(Optional<ApiClient> client, LocalDateTime start, LocalDateTime end) {
    List<Object[]> rows =
        requests.historyBetween(
            start, end, client.map(ApiClient::getId).orElse(-1L), Open311Service.MAX_PAGE_SIZE);
    Set<Long> read = new LinkedHashSet<>();
    List<RequestUpdate> updates = new ArrayList<>();
    for (Object[] row : rows) {
      WorkCase c = (WorkCase) row[1];
      updates.add(update((CaseHistory) row[0], c, client.isPresent() && !c.isConfidential()));
      if (read.add(c.getId())) {
        record(client, c.getId(), "GET servicerequestupdates");
      }
    }
    return updates;
  }

  private static RequestUpdate update(CaseHistory h, WorkCase c, boolean shown) {
    String step = h.getAction() == null ? h.getToState().name() : h.getAction().name();
    String text = STEPS.getOrDefault(step, step.toLowerCase());
    boolean noteShown =
        shown
            && h.getNote() != null
            && h.getSatisfaction() == null
            && !PRIVATE_NOTES.contains(h.getAction());
    return new RequestUpdate(
        h.getId(),
        c.getCaseNo(),
        Open311Status.extended(h.getToState(), h.getAction()),
        at(h.getAt()),
        noteShown ? text + "：" + masked(h.getNote()) : text);
  }

  private void record(Optional<ApiClient> client, long caseId, String resource) {
    String detail = client.map(ApiClient::getName).orElse("no api_key") + ": " + resource;
    audit.record(
        client.map(ApiClient::getUserId).orElse(Open311Service.PUBLIC_ACCOUNT),
        AuditAction.API_READ,
        caseId,
        null,
        detail.length() > 200 ? detail.substring(0, 200) : detail);
  }

  static OffsetDateTime at(LocalDateTime t) {
    return t == null ? null : t.atOffset(OFFSET);
  }

  /** Phone and ID numbers in a free text, masked as everywhere else. */
  static String masked(String text) {
    if (text == null) {
      return null;
    }
    String s = replace(ID_NUMBER.matcher(text), Masking::idNumber);
    return replace(MOBILE.matcher(s), Masking::phone);
  }

  private static String replace(Matcher m, Function<String, String> mask) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A flat or a building entrance: the address shows the courtyard instead. */
  private static boolean hidden(AreaNode node) {
    return node.getKind() == AreaKind.FLAT || node.getKind() == AreaKind.ENTRANCE;
  }

  /** What an outsider may see of a case's location: the courtyard of a flat, else the place. */
  private AreaNode published(AreaNode location, Map<Long, AreaNode> areas) {
    AreaNode node = location;
    while (hidden(node)) {
      node = areas.computeIfAbsent(node.getParentId(), id -> areaNodes.find(id));
    }
    return node;
  }

  /** Community, grid and place, each once (a case may be located at the grid itself). */
  private static String address(WorkCase c, AreaNode place, Map<Long, AreaNode> areas) {
    return Stream.of(c.getCommunityId(), c.getGridId(), place.getId())
        .distinct()
        .map(id -> areas.get(id).getName())
        .collect(Collectors.joining(" "));
  }

  private Map<Long, AreaNode> nodes(Collection<Long> ids) {
    Set<Long> wanted = ids(ids);
    return wanted.isEmpty()
        ? Map.of()
        : byId(areaNodes.byIds(List.copyOf(wanted)), AreaNode::getId);
  }

  private static Set<Long> ids(Collection<Long> ids) {
    return ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
  }

  private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
    Map<Long, T> map = new HashMap<>();
    items.forEach(i -> map.put(id.apply(i), i));
    return map;
  }
}
