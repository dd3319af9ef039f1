package org.casedesk.web.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casedesk.open311.AddressItem;
import org.casedesk.open311.NewServiceRequest;
import org.casedesk.open311.Open311Exception;
import org.casedesk.open311.Open311ReadService;
import org.casedesk.open311.Open311Service;
import org.casedesk.open311.RequestQuery;
import org.casedesk.open311.RequestUpdate;
import org.casedesk.open311.ServiceInfo;
import org.casedesk.open311.ServiceRequestView;
import org.casedesk.open311.SubmitResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GeoReport v2 at {@code /open311/v2/}: every resource as {@code .json} or {@code .xml}. Thin: the
 * rules live in {@link Open311Service} and {@link Open311ReadService}.
 */
@Path("/v2")
@RequestScoped
public class GeoReportResource {

  private static final String FORMAT = "{format:json|xml}";

  private static final String SERVICES_EXAMPLE =
      "[{\"service_code\":\"WATER_OUTAGE\",\"service_name\":\"停水\",\"description\":\"Water"
          + " outage; 3 个工作日内办结 (within 3 working days)\",\"metadata\":true,\"type\":\"realtime\","
          + "\"keywords\":\"\",\"group\":\"供水\"}]";
  private static final String REQUEST_EXAMPLE =
      "[{\"service_request_id\":\"20261201-000150\",\"status\":\"open\",\"status_notes\":null,"
          + "\"service_name\":\"停水\",\"service_code\":\"WATER_OUTAGE\",\"description\":\"3单元停水两天了\","
          + "\"agency_responsible\":\"大众巷第一网格\",\"service_notice\":null,"
          + "\"requested_datetime\":\"2026-12-01T09:30:00+08:00\","
          + "\"updated_datetime\":\"2026-12-01T09:30:00+08:00\","
          + "\"expected_datetime\":\"2026-12-04T00:00+08:00\",\"address\":\"大众巷社区 大众巷第一网格"
          + " 贤后街15号\",\"address_id\":\"104\",\"zipcode\":null,\"lat\":36.06,\"long\":103.83,"
          + "\"media_url\":null,\"service_request_id_ext\":\"12345-2026-000871\"}]";
  private static final String ERRORS_EXAMPLE =
      "[{\"code\":400,\"description\":\"service_code was not provided\"},"
          + "{\"code\":400,\"description\":\"description is required\"}]";

  @Inject private Open311Service open311;
  @Inject private Open311ReadService reads;

  @Inject
  @ConfigProperty(name = "casedesk.open311.jurisdiction", defaultValue = "zhangyelu")
  private String jurisdiction;

  @GET
  @Path("services." + FORMAT)
  @Tag(ref = "services")
  @Operation(summary = "GET Service List: every category; group is its parent category")
  @APIResponse(
      responseCode = "200",
      description = "the services",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "services", value = SERVICES_EXAMPLE)))
  public Response services(
      @PathParam("format") String format, @QueryParam("jurisdiction_id") String jurisdictionId) {
    checkJurisdiction(jurisdictionId);
    List<Object> items = open311.services().stream().map(GeoReportResource::service).toList();
    return Representation.of(format).ok("services", new Doc.Items("service", items));
  }

  @GET
  @Path("services/{code}." + FORMAT)
  @Tag(ref = "services")
  @Operation(summary = "GET Service Definition: the extra facts (attributes) a service asks for")
  @APIResponse(
      responseCode = "200",
      description = "the definition",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "water",
                      value =
                          "{\"service_code\":\"WATER_OUTAGE\",\"attributes\":[{\"variable\":true,"
                              + "\"code\":\"floor\",\"datatype\":\"number\",\"required\":false,"
                              + "\"datatype_description\":null,\"order\":1,\"description\":"
                              + "\"受影响的楼层 Which floor is affected (1-99)\"}]}")))
  @APIResponse(responseCode = "404", description = "service_code not found")
  public Response definition(
      @PathParam("code") String code,
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdictionId) {
    checkJurisdiction(jurisdictionId);
    ServiceInfo s = open311.service(code);
    List<Object> attributes =
        s.attributes().stream()
            .map(
                a ->
                    (Object)
                        Doc.object(
                            "variable", true,
                            "code", a.code(),
                            "datatype", a.datatype(),
                            "required", a.required(),
                            "datatype_description", null,
                            "order", a.order(),
                            "description", a.description()))
            .toList();
    return Representation.of(format)
        .ok(
            "service_definition",
            Doc.object(
                "service_code", s.code(), "attributes", new Doc.Items("attribute", attributes)));
  }

  @POST
  @Path("requests." + FORMAT)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Tag(ref = "requests")
  @Operation(
      summary = "POST Service Request (form-encoded, api_key required)",
      description =
          "Location: address_id (a node of the address tree, see addresses.json), address_string"
              + " (matched against the tree: courtyard then flat) or lat and long. A flat is"
              + " registered and dispatched at once (service_request_id); any other location waits"
              + " for the help desk to place it (token only, see tokens/{token}). The client's own"
              + " reference number goes in service_request_id_ext.")
  @APIResponse(
      responseCode = "200",
      description = "the new request",
      content =
          @Content(
              mediaType = "application/json",
              examples = {
                @ExampleObject(
                    name = "registered",
                    value =
                        "[{\"service_request_id\":\"20261201-000150\",\"service_notice\":\"已派单"
                            + " Dispatched\",\"account_id\":null}]"),
                @ExampleObject(
                    name = "waiting for the help desk",
                    value =
                        "[{\"token\":\"4f0c6a52-1f39-4a55-9a43-4d7cf1b2b2a1\",\"service_notice\":"
                            + "\"地址待服务台确认 The help desk will place the address first\","
                            + "\"account_id\":null}]")
              }))
  @APIResponse(
      responseCode = "400",
      description = "every wrong field at once",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "errors", value = ERRORS_EXAMPLE)))
  @APIResponse(responseCode = "403", description = "api_key missing, wrong or revoked")
  @APIResponse(responseCode = "404", description = "service_code not found")
  @APIResponse(responseCode = "429", description = "the client's rate limit per minute is used up")
  public Response create(@PathParam("format") String format, MultivaluedMap<String, String> form) {
    checkJurisdiction(form.getFirst("jurisdiction_id"));
    Map<String, String> attributes = new HashMap<>();
    form.forEach(
        (name, values) -> {
          if (name.startsWith("attribute[") && name.endsWith("]") && !values.isEmpty()) {
            attributes.put(name.substring(10, name.length() - 1), values.get(0));
          }
        });
    SubmitResult result =
        open311.submit(
            form.getFirst("api_key"),
            new NewServiceRequest(
                form.getFirst("service_code"),
                form.getFirst("description"),
                form.getFirst("address_id"),
                form.getFirst("address_string"),
                form.getFirst("lat"),
                form.getFirst("long"),
                form.getFirst("first_name"),
                form.getFirst("last_name"),
                form.getFirst("phone"),
                form.getFirst("service_request_id_ext"),
                attributes));
    Map<String, Object> request =
        result.serviceRequestId() != null
            ? Doc.object("service_request_id", result.serviceRequestId())
            : Doc.object("token", result.token());
    request.put("service_notice", result.serviceNotice());
    request.put("account_id", null);
    return Representation.of(format)
        .ok("service_requests", new Doc.Items("request", List.of(request)));
  }

  @GET
  @Path("requests." + FORMAT)
  @Tag(ref = "requests")
  @Operation(
      summary = "GET Service Requests",
      description =
          "Every case of the sub-district whatever its channel, newest first. Without filters the"
              + " last 90 days; a date range may not span more than 90 days; at most 1000 per"
              + " page. A service_request_id list overrides the other filters. Without a valid"
              + " api_key descriptions are withheld; anonymous and confidential cases are"
              + " withheld from every client but the one that posted them. With extensions=true"
              + " each request carries its history as notes.")
  @APIResponse(
      responseCode = "200",
      description = "the requests",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "requests", value = REQUEST_EXAMPLE)))
  public Response requests(
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdictionId,
      @QueryParam("api_key") String apiKey,
      @Parameter(description = "comma-separated case numbers") @QueryParam("service_request_id")
          String ids,
      @Parameter(description = "comma-separated") @QueryParam("service_code") String serviceCode,
      @Parameter(description = "W3C datetime, e.g. 2026-12-01T00:00:00+08:00")
          @QueryParam("start_date")
          String startDate,
      @QueryParam("end_date") String endDate,
      @Parameter(description = "open, closed or open,closed") @QueryParam("status") String status,
      @Parameter(description = "from 1") @QueryParam("page") String page,
      @Parameter(description = "1 to 1000, default 1000") @QueryParam("page_size") String pageSize,
      @QueryParam("extensions") String extensions) {
    checkJurisdiction(jurisdictionId);
    List<String> idList =
        ids == null
            ? List.of()
            : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<ServiceRequestView> views =
        reads.requests(
            apiKey,
            new RequestQuery(
                idList,
                serviceCode,
                startDate,
                endDate,
                status,
                page,
                pageSize,
                "true".equals(extensions)));
    return requestList(format, views);
  }

  @GET
  @Path("requests/{id}." + FORMAT)
  @Tag(ref = "requests")
  @Operation(summary = "GET Service Request: one case by its number")
  @APIResponse(responseCode = "404", description = "no such request, or withheld")
  public Response request(
      @PathParam("id") String id,
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdictionId,
      @QueryParam("api_key") String apiKey,
      @QueryParam("extensions") String extensions) {
    checkJurisdiction(jurisdictionId);
    return requestList(format, List.of(reads.request(apiKey, id, "true".equals(extensions))));
  }

  @GET
  @Path("tokens/{token}." + FORMAT)
  @Tag(ref = "requests")
  @Operation(
      summary = "GET service_request_id from a token",
      description =
          "For a request whose address the help desk had to place: the service_request_id once"
              + " it is a case, none before.")
  @APIResponse(responseCode = "404", description = "token not found")
  public Response token(
      @PathParam("token") String token,
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdictionId) {
    checkJurisdiction(jurisdictionId);
    SubmitResult result = open311.token(token);
    return Representation.of(format)
        .ok(
            "service_requests",
            new Doc.Items(
                "request",
                List.of(
                    Doc.object(
                        "service_request_id",
                        result.serviceRequestId(),
                        "token",
                        result.token()))));
  }

  @GET
  @Path("servicerequestupdates." + FORMAT)
  @Tag(ref = "requests")
  @Operation(
      summary = "GET Service Request Updates (FixMyStreet extension)",
      description =
          "Every step of the visible cases' histories between start_date and end_date (default"
              + " the last 90 days), oldest first, at most 1000, with FixMyStreet's extended"
              + " statuses.")
  @APIResponse(
      responseCode = "200",
      description = "the updates",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "updates",
                      value =
                          "{\"service_request_updates\":[{\"update_id\":\"1250\","
                              + "\"service_request_id\":\"20261201-000150\",\"status\":"
                              + "\"action_scheduled\",\"updated_datetime\":"
                              + "\"2026-12-01T09:30:00+08:00\",\"description\":\"派单"
                              + " dispatched\",\"media_url\":\"\"}]}")))
  public Response updates(
      @PathParam("format") String format,
      @QueryParam("jurisdiction_id") String jurisdictionId,
      @QueryParam("api_key") String apiKey,
      @QueryParam("start_date") String startDate,
      @QueryParam("end_date") String endDate) {
    checkJurisdiction(jurisdictionId);
    List<Object> items =
        reads.updates(apiKey, startDate, endDate).stream().map(u -> (Object) update(u)).toList();
    // JSON wraps the list in an object (as FixMyStreet does); XML has it as the document element
    Representation representation = Representation.of(format);
    Doc.Items updates = new Doc.Items("request_update", items);
    return representation.ok(
        "service_request_updates",
        representation == Representation.XML
            ? updates
            : Doc.object("service_request_updates", updates));
  }

  @GET
  @Path("addresses." + FORMAT)
  @Tag(ref = "addresses")
  @Operation(
      summary = "Address lookup for address_id (CaseDesk extension)",
      description =
          "The communities, or the children of parent_id, or the courtyards and flats whose name"
              + " contains q; at most 200.")
  public Response addresses(
      @PathParam("format") String format,
      @QueryParam("parent_id") String parentId,
      @QueryParam("q") String q) {
    List<Object> items =
        open311.addresses(parentId, q).stream().map(a -> (Object) address(a)).toList();
    return Representation.of(format).ok("addresses", new Doc.Items("address", items));
  }

  private void checkJurisdiction(String jurisdictionId) {
    if (jurisdictionId != null
        && !jurisdictionId.isBlank()
        && !jurisdictionId.equals(jurisdiction)) {
      throw new Open311Exception(404, "jurisdiction_id " + jurisdictionId + " was not found");
    }
  }

  private static Response requestList(String format, List<ServiceRequestView> views) {
    List<Object> items = views.stream().map(v -> (Object) request(v)).toList();
    return Representation.of(format).ok("service_requests", new Doc.Items("request", items));
  }

  private static Object service(ServiceInfo s) {
    return Doc.object(
        "service_code", s.code(),
        "service_name", s.name(),
        "description", s.description(),
        "metadata", s.metadata(),
        "type", "realtime",
        "keywords", "",
        "group", s.group());
  }

  private static Map<String, Object> request(ServiceRequestView v) {
    Map<String, Object> r =
        Doc.object(
            "service_request_id", v.serviceRequestId(),
            "status", v.status(),
            "status_notes", v.statusNotes(),
            "service_name", v.serviceName(),
            "service_code", v.serviceCode(),
            "description", v.description(),
            "agency_responsible", v.agencyResponsible(),
            "service_notice", null,
            "requested_datetime", v.requestedDatetime(),
            "updated_datetime", v.updatedDatetime(),
            "expected_datetime", v.expectedDatetime(),
            "address", v.address(),
            "address_id", String.valueOf(v.addressId()),
            "zipcode", null,
            "lat", v.lat(),
            "long", v.lng(),
            "media_url", null,
            "service_request_id_ext", v.externalId());
    if (v.notes() != null) {
      r.put(
          "notes", new Doc.Items("note", v.notes().stream().map(u -> (Object) update(u)).toList()));
    }
    return r;
  }

  private static Map<String, Object> update(RequestUpdate u) {
    return Doc.object(
        "update_id", String.valueOf(u.updateId()),
        "service_request_id", u.serviceRequestId(),
        "status", u.status(),
        "updated_datetime", u.updatedDatetime(),
        "description", u.description(),
        "media_url", "");
  }

  private static Map<String, Object> address(AddressItem a) {
    return Doc.object(
        "address_id", String.valueOf(a.id()),
        "kind", a.kind(),
        "name", a.name(),
        "address", a.path(),
        "parent_id", a.parentId() == null ? null : String.valueOf(a.parentId()));
  }
}
