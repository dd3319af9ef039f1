package org.casedesk.open311;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casedesk.accounts.AccountRepository;
import org.casedesk.accounts.UserAccount;
import org.casedesk.areas.AreaKind;
import org.casedesk.areas.AreaNode;
import org.casedesk.areas.AreaRepository;
import org.casedesk.cases.CaseIntake;
import org.casedesk.cases.CaseRepository;
import org.casedesk.cases.CaseState;
import org.casedesk.cases.CaseSummary;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.cases.WorkCase;
import org.casedesk.categories.Category;
import org.casedesk.residents.NewResident;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.Roles;

/**
 * Open311 GeoReport v2: the services (categories), POST requests through the help desk's intake,
 * their tokens, the address tree, and the help desk's queue of requests whose address did not
 * match. The reads are {@link Open311ReadService}'s. Callers are anonymous to the container; the
 * API key says who they are ({@link ApiKeys#client}).
 */
@Stateless
@PermitAll
public class Open311Service {

  /** The account keyless reads are audited under (created by the migration V70). */
  public static final long PUBLIC_ACCOUNT = 0L;

  public static final int MAX_DESCRIPTION = 4000;
  public static final int MAX_PAGE_SIZE = 1000;
  public static final int MAX_DAYS = 90;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
  private static final Pattern PHONE = Pattern.compile("(1[3-9]\\d{9})|(0\\d{2,3}-?\\d{7,8})");
  private static final Pattern WATER = Pattern.compile("WATER.*");

  @Inject private Open311Repository requests;
  @Inject private ApiClientRepository apiClients;
  @Inject private AccountRepository accounts;
  @Inject private AreaRepository areaNodes;
  @Inject private CaseIntake intake;
  @Inject private CaseRepository cases;
  @Inject private ApiKeys keys;
  @Inject private Open311Views views;

  // ---- services ----------------------------------------------------------------------------

  /** Every category as a service; the group of a sub-category is its parent. */
  public List<ServiceInfo> services() {
    List<Category> all = requests.categories();
    Map<Long, Category> byId =
        all.stream().collect(Collectors.toMap(Category::getId, c -> c, (a, b) -> a));
    return all.stream().map(c -> info(c, byId)).toList();
  }

  /** One service's definition; 404 for an unknown code. */
  public ServiceInfo service(String code) {
    return services().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new Open311Exception(404, "service_code " + code + " was not found"));
  }

  private static ServiceInfo info(Category c, Map<Long, Category> byId) {
    Category parent = c.getParentId() == null ? c : byId.getOrDefault(c.getParentId(), c);
    String limit =
        c.getLimitHours() != null
            ? c.getLimitHours() + " 小时内处置 (within " + c.getLimitHours() + " hours)"
            : c.getLimitDays() + " 个工作日内办结 (within " + c.getLimitDays() + " working days)";
    return new ServiceInfo(
        c.getCode(),
        c.getNameZh(),
        c.getNameEn() + "; " + limit,
        parent.getNameZh(),
        attributesOf(c.getCode()));
  }

  /** Extra facts a category asks for: water problems ask which floor is affected (optional). */
  static List<ServiceAttribute> attributesOf(String code) {
    if (WATER.matcher(code).matches()) {
      return List.of(
          new ServiceAttribute(
              "floor", "number", false, "受影响的楼层 Which floor is affected (1-99)", 1));
    }
    return List.of();
  }

  // ---- POST requests -----------------------------------------------------------------------

  /**
   * Registers a request of the client with this key: every wrong field is reported at once (400),
   * an unknown service 404, a missing or revoked key 403, a client over its rate 429. A location
   * that is a flat of the tree (address_id, or an address_string naming courtyard and flat) is
   * registered and dispatched at once; any other location is kept for the help desk to place, and
   * only a token is returned.
   */
  public SubmitResult submit(String apiKey, NewServiceRequest input) {
    ApiClient client = keys.client(apiKey, true).orElseThrow();
    List<Open311Error> errors = new ArrayList<>();
    Category category = null;
    if (NewServiceRequest.blank(input.serviceCode())) {
      errors.add(new Open311Error(400, "service_code was not provided"));
    } else {
      category = requests.categoryByCode(input.serviceCode().strip()).orElse(null);
      if (category == null) {
        errors.add(new Open311Error(404, "service_code " + input.serviceCode() + " was not found"));
      }
    }
    String description = input.description() == null ? "" : input.description().strip();
    if (description.isEmpty()) {
      errors.add(new Open311Error(400, "description is required"));
    } else if (description.length() > MAX_DESCRIPTION) {
      errors.add(
          new Open311Error(400, "description is limited to " + MAX_DESCRIPTION + " characters"));
    } else if (CONTROL.matcher(description).find()) {
      errors.add(new Open311Error(400, "description must not contain control characters"));
    }
    Double lat = coordinate(input.lat(), "lat", 90, errors);
    Double lng = coordinate(input.lng(), "long", 180, errors);
    if ((lat == null) != (lng == null) && errors.isEmpty()) {
      errors.add(new Open311Error(400, "lat and long must be sent together"));
    }
    AreaNode node = null;
    if (!NewServiceRequest.blank(input.addressId())) {
      node = addressNode(input.addressId().strip());
      if (node == null) {
        errors.add(
            new Open311Error(400, "address_id " + input.addressId() + " is not an address here"));
      }
    } else if (NewServiceRequest.blank(input.addressString()) && lat == null) {
      errors.add(
          new Open311Error(
              400, "a location is required: address_id, address_string or lat and long"));
    }
    if (input.addressString() != null && input.addressString().strip().length() > 200) {
      errors.add(new Open311Error(400, "address_string is limited to 200 characters"));
    }
    String name = input.contactName();
    if (name != null && (name.length() > 40 || CONTROL.matcher(name).find())) {
      errors.add(new Open311Error(400, "first_name and last_name are limited to 40 characters"));
    }
    String phone = NewServiceRequest.blank(input.phone()) ? null : input.phone().strip();
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.add(new Open311Error(400, "phone must be a mobile or landline number"));
    }
    if (input.externalId() != null && input.externalId().strip().length() > 100) {
      errors.add(new Open311Error(400, "service_request_id_ext is limited to 100 characters"));
    }
    String floor = input.attributes() == null ? null : input.attributes().get("floor");
    if (floor != null && category != null && !attributesOf(category.getCode()).isEmpty()) {
      if (!floor.strip().matches("[1-9]\\d?")) {
        errors.add(new Open311Error(400, "attribute[floor] must be a number from 1 to 99"));
      } else {
        description = description + "\n（楼层：" + floor.strip() + "）";
      }
    }
    if (!errors.isEmpty()) {
      boolean allNotFound = errors.stream().allMatch(e -> e.code() == 404);
      throw new Open311Exception(allNotFound ? 404 : 400, errors);
    }
    if (description.length() > MAX_DESCRIPTION) {
      description = description.substring(0, MAX_DESCRIPTION);
    }

    Open311Request request =
        new Open311Request(
            UUID.randomUUID().toString(),
            client.getId(),
            category.getId(),
            new NewServiceRequest(
                input.serviceCode(),
                description,
                input.addressId(),
                blankToNull(input.addressString()),
                null,
                null,
                input.firstName(),
                input.lastName(),
                phone,
                blankToNull(input.externalId()),
                Map.of()),
            lat,
            lng,
            description,
            cases.now());
    if (node != null && node.getKind() != AreaKind.FLAT && request.getAddressString() == null) {
      request.describeAddress(path(node));
    }
    requests.add(request);
    Optional<AreaNode> flat =
        node != null
            ? Optional.of(node).filter(n -> n.getKind() == AreaKind.FLAT)
            : matchFlat(request.getAddressString());
    if (flat.isEmpty()) {
      return new SubmitResult(
          null, request.getToken(), "地址待服务台确认 The help desk will place the address first");
    }
    WorkCase c = registerCase(request, flat.get(), accounts.byId(client.getUserId()).orElse(null));
    return new SubmitResult(c.getCaseNo(), null, notice(c));
  }

  /**
   * The one call into the help desk's intake (routing, due dates, history): a resident is created
   * at the flat when a name came with the request, else the case is anonymous; the newest likely
   * duplicate (same courtyard and category within 30 days) is linked as the one it repeats.
   */
  private WorkCase registerCase(Open311Request request, AreaNode flat, UserAccount account) {
    ApiClient client = apiClients.find(request.getClientId()).orElse(null);
    boolean named = request.getContactName() != null;
    List<CaseSummary> duplicates =
        cases.likelyDuplicates(flat, request.getCategoryId(), IntakeService.DUPLICATE_DAYS);
    long caseId =
        intake.register(
            new RegisterCase(
                null,
                named
                    ? new NewResident(
                        request.getContactName(),
                        request.getContactPhone() == null ? "" : request.getContactPhone(),
                        "")
                    : null,
                flat.getId(),
                request.getCategoryId(),
                client.getChannel(),
                request.getDescription(),
                !named,
                duplicates.isEmpty() ? null : duplicates.get(0).id(),
                null),
            account);
    request.placedAs(caseId);
    return requests.workCase(caseId);
  }

  private static String notice(WorkCase c) {
    return c.getRepeatOfId() != null
        ? "已关联疑似重复诉求，服务台将核实 Linked to a likely duplicate for the help desk"
        : c.getState() == CaseState.DISPATCHED ? "已派单 Dispatched" : "已受理 Accepted";
  }

  private static Double coordinate(String value, String field, int max, List<Open311Error> errors) {
    if (NewServiceRequest.blank(value)) {
      return null;
    }
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isFinite(d) && Math.abs(d) <= max) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new Open311Error(400, field + " must be a WGS84 coordinate"));
    return null;
  }

  private AreaNode addressNode(String id) {
    if (!id.matches("\\d{1,18}")) {
      return null;
    }
    AreaNode node = areaNodes.find(Long.valueOf(id));
    return node == null || node.getKind() == AreaKind.SUBDISTRICT ? null : node;
  }

  /**
   * The flat an address string names: the courtyard whose name it contains (the longest such name,
   * and only one courtyard of that name), then the one flat of that courtyard whose name follows.
   * Whitespace is ignored. Anything else is left for the help desk.
   */
  Optional<AreaNode> matchFlat(String addressString) {
    if (addressString == null) {
      return Optional.empty();
    }
    String s = addressString.replaceAll("\\s+", "");
    List<AreaNode> courtyards =
        areaNodes.ofKind(AreaKind.COURTYARD, null).stream()
            .filter(a -> s.contains(a.getName().replaceAll("\\s+", "")))
            .toList();
    int longest = courtyards.stream().mapToInt(a -> a.getName().length()).max().orElse(0);
    List<AreaNode> best = courtyards.stream().filter(a -> a.getName().length() == longest).toList();
    if (best.size() != 1) {
      return Optional.empty();
    }
    AreaNode courtyard = best.get(0);
    String rest = s.substring(s.indexOf(courtyard.getName().replaceAll("\\s+", "")));
    List<AreaNode> flats =
        areaNodes.flatsUnder(courtyard.getId()).stream()
            .filter(f -> rest.contains(f.getName().replaceAll("\\s+", "")))
            .toList();
    return flats.size() == 1 ? Optional.of(flats.get(0)) : Optional.empty();
  }

  // ---- tokens, reads ------------------------------------------------------------------------

  /** GET tokens/{token}: the case number once the request is a case (null before); 404 unknown. */
  public SubmitResult token(String token) {
    Open311Request request =
        requests
            .byToken(token)
            .orElseThrow(() -> new Open311Exception(404, "token " + token + " was not found"));
    String caseNo =
        request.getCaseId() == null ? null : requests.workCase(request.getCaseId()).getCaseNo();
    return new SubmitResult(caseNo, token, null);
  }

  // ---- address lookup -----------------------------------------------------------------------

  /**
   * The address tree for address_id: the children of a node (the communities without one), or the
   * courtyards and flats whose name contains {@code q}; at most 200.
   */
  public List<AddressItem> addresses(String parentId, String q) {
    List<AreaNode> nodes;
    if (!NewServiceRequest.blank(q)) {
      nodes =
          requests.addressesNamed(
              EnumSet.of(AreaKind.COURTYARD, AreaKind.FLAT),
              "%" + q.strip().replace("%", "").replace("_", "") + "%");
    } else if (!NewServiceRequest.blank(parentId)) {
      AreaNode parent = addressNode(parentId.strip());
      if (parent == null && !parentId.strip().matches("\\d{1,18}")) {
        throw new Open311Exception(400, "parent_id must be an address_id");
      }
      nodes = requests.addressesUnder(parent == null ? -1L : parent.getId());
    } else {
      nodes = requests.addressesOfKind(AreaKind.COMMUNITY);
    }
    return nodes.stream()
        .map(
            n ->
                new AddressItem(
                    n.getId(), n.getKind().name(), n.getName(), path(n), n.getParentId()))
        .toList();
  }

  /** 社区 网格 楼院 单元·室 of a node, top down. */
  String path(AreaNode node) {
    List<String> names = new ArrayList<>();
    for (AreaNode n = node;
        n != null && n.getKind() != AreaKind.SUBDISTRICT;
        n = n.getParentId() == null ? null : areaNodes.find(n.getParentId())) {
      names.add(0, n.getName());
    }
    return String.join(" ", names);
  }

  // ---- the help desk ------------------------------------------------------------------------

  /** Requests whose address the tree did not match, oldest first. */
  @RolesAllowed(Roles.HELPDESK)
  public List<UnplacedItem> unplaced() {
    return requests.unplaced();
  }

  /**
   * The help desk places a waiting request at a flat: it becomes a case through the intake like any
   * other, registered under the client's account; returns the case's id.
   */
  @RolesAllowed(Roles.HELPDESK)
  public long place(long requestId, long flatId) {
    Open311Request request = requests.request(requestId);
    if (request == null || request.getCaseId() != null) {
      throw new BusinessException("open311.request.notWaiting");
    }
    AreaNode flat = areaNodes.find(flatId);
    if (flat == null || flat.getKind() != AreaKind.FLAT) {
      throw new BusinessException("case.flat.invalid");
    }
    ApiClient client = apiClients.find(request.getClientId()).orElse(null);
    return registerCase(request, flat, accounts.byId(client.getUserId()).orElse(null)).getId();
  }

  /**
   * 保密: a confidential case is withheld from every Open311 client but the one that posted it, and
   * from that one its description and notes.
   */
  @RolesAllowed(Roles.HELPDESK)
  public void markConfidential(String caseNo, boolean confidential) {
    WorkCase c =
        requests
            .caseByNo(caseNo == null ? "" : caseNo.strip())
            .orElseThrow(() -> new BusinessException("case.notFound"));
    c.markConfidential(confidential);
  }

  // ---- shared -------------------------------------------------------------------------------

  private static String blankToNull(String s) {
    return NewServiceRequest.blank(s) ? null : s.strip();
  }
}
