package org.casedesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casedesk.it.support.ApiClients;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.TestData;
import org.casedesk.open311.ApiKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;

/**
 * Open311 GeoReport v2 over HTTP, as any client sees it (written from the spec: plain
 * java.net.http, JSON-P and DOM, no Open311 client library): every resource in JSON and XML, the
 * errors, POST through the intake with Chinese text and emoji, the filters and paging, tokens for
 * addresses the tree did not match, the update history, concurrent POSTs, rate limits and the
 * privacy rules.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Open311IT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  @ArquillianResource private URL baseUrl;

  private TestData d;
  private String key;
  private String courtyardName;

  @BeforeEach
  void setUp() {
    d = TestData.create();
    key = apiClient("12345平台" + d.suffix, "HOTLINE_12345", 10_000);
    courtyardName = "测试楼院" + d.suffix;
  }

  // ---- discovery and services ---------------------------------------------------------------

  @Test
  void discoveryAndServicesInJsonAndXml() throws Exception {
    HttpResponse<String> json = get("open311/discovery.json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringWhitespace("application/json; charset=utf-8");
    JsonObject discovery = json(json).asJsonObject();
    JsonObject endpoint = discovery.getJsonArray("endpoints").getJsonObject(0);
    assertThat(endpoint.getString("specification"))
        .isEqualTo("http://wiki.open311.org/GeoReport_v2");
    assertThat(endpoint.getString("url")).endsWith("/open311/v2");
    assertThat(endpoint.getJsonArray("formats").getValuesAs(JsonValue::toString))
        .containsExactlyInAnyOrder("\"text/xml\"", "\"application/json\"");

    HttpResponse<String> xml = get("open311/discovery.xml");
    assertThat(xml.headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringWhitespace("text/xml; charset=utf-8");
    assertThat(xml(xml).getElementsByTagName("format").getLength()).isEqualTo(2);

    JsonArray services = json(get("open311/v2/services.json")).asJsonArray();
    JsonObject outage = byField(services, "service_code", "WATER_OUTAGE");
    assertThat(outage.getString("service_name")).isEqualTo("停水");
    assertThat(outage.getString("group")).isEqualTo("供水");
    assertThat(outage.getBoolean("metadata")).isTrue();
    assertThat(byField(services, "service_code", "NOISE").getBoolean("metadata")).isFalse();
    Document servicesXml = xml(get("open311/v2/services.xml"));
    assertThat(servicesXml.getDocumentElement().getTagName()).isEqualTo("services");
    assertThat(servicesXml.getElementsByTagName("service").getLength()).isEqualTo(services.size());

    JsonObject definition = json(get("open311/v2/services/WATER_OUTAGE.json")).asJsonObject();
    assertThat(definition.getJsonArray("attributes").getJsonObject(0).getString("code"))
        .isEqualTo("floor");
    Document definitionXml = xml(get("open311/v2/services/WATER_OUTAGE.xml"));
    assertThat(definitionXml.getElementsByTagName("attribute").getLength()).isEqualTo(1);

    HttpResponse<String> unknown = get("open311/v2/services/NO_SUCH.json");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).asJsonArray().getJsonObject(0).getInt("code")).isEqualTo(404);
    HttpResponse<String> otherCity = get("open311/v2/services.json?jurisdiction_id=sfgov.org");
    assertThat(otherCity.statusCode()).isEqualTo(404);
  }

  // ---- POST and GET round trip --------------------------------------------------------------

  @Test
  void chineseTextAndEmojiRoundTripWithoutPersonalData() throws Exception {
    String text = "楼道灯坏了💡，晚上看不见路 🙏 请尽快修理";
    String ext = "12345-" + d.suffix;
    HttpResponse<String> posted =
        post(
            "json",
            form(
                "api_key", key,
                "service_code", "STREET_LIGHT",
                "address_id", String.valueOf(d.flat),
                "description", text,
                "first_name", "建国",
                "last_name", "钱",
                "phone", "13912345678",
                "service_request_id_ext", ext,
                "lat", "36.0611",
                "long", "103.8343"));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    JsonObject created = json(posted).asJsonArray().getJsonObject(0);
    String id = created.getString("service_request_id");
    assertThat(created.containsKey("token")).isFalse();

    // the case went through the intake: channel, resident, routing to the grid's handler
    assertThat(
            TestData.queryString(
                "select channel || '/' || state from work_case where case_no = ?", id))
        .isEqualTo("HOTLINE_12345/DISPATCHED");
    assertThat(
            TestData.queryString(
                "select r.name from work_case c join resident r on r.id = c.resident_id"
                    + " where c.case_no = ?",
                id))
        .isEqualTo("钱建国");
    assertThat(
            TestData.queryString(
                "select o.service_request_id_ext from open311_request o join work_case c on c.id"
                    + " = o.case_id where c.case_no = ?",
                id))
        .isEqualTo(ext);

    HttpResponse<String> withKey = get("open311/v2/requests/" + id + ".json?api_key=" + key);
    JsonObject request = json(withKey).asJsonArray().getJsonObject(0);
    assertThat(request.getString("description")).isEqualTo(text);
    assertThat(request.getString("status")).isEqualTo("open");
    assertThat(request.getString("service_code")).isEqualTo("STREET_LIGHT");
    assertThat(request.getString("service_request_id_ext")).isEqualTo(ext);
    assertThat(request.getString("agency_responsible"))
        .isEqualTo("测试物业" + d.suffix); // the grid handler works for this unit
    assertThat(request.getString("address")).endsWith(courtyardName);
    assertThat(request.getString("address_id")).isEqualTo(String.valueOf(d.courtyard));
    assertThat(request.getJsonNumber("lat").doubleValue()).isEqualTo(36.0611);
    OffsetDateTime requested = OffsetDateTime.parse(request.getString("requested_datetime"));
    assertThat(requested.getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(request.getString("requested_datetime")).endsWith("+08:00");
    assertThat(OffsetDateTime.parse(request.getString("expected_datetime"))).isAfter(requested);
    assertNoPersonalData(withKey.body());

    Document xml = xml(get("open311/v2/requests/" + id + ".xml?api_key=" + key));
    assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_requests");
    assertThat(xml.getElementsByTagName("description").item(0).getTextContent()).isEqualTo(text);

    HttpResponse<String> withoutKey = get("open311/v2/requests/" + id + ".json");
    assertThat(json(withoutKey).asJsonArray().getJsonObject(0).isNull("description")).isTrue();
    assertNoPersonalData(withoutKey.body());
    HttpResponse<String> listed = get("open311/v2/requests.json?api_key=" + key);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    assertNoPersonalData(listed.body());
    assertThat(byField(json(listed).asJsonArray(), "service_request_id", id)).isNotNull();

    // every read of the case is in the audit log: by the client's account, and keyless
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log a join work_case c on c.id = a.case_id"
                    + " where c.case_no = ? and a.action = 'API_READ'",
                id))
        .isGreaterThanOrEqualTo(4);
    assertThat(
            TestData.queryLong(
                "select count(*) from audit_log a join work_case c on c.id = a.case_id"
                    + " where c.case_no = ? and a.actor_id = 0",
                id))
        .isEqualTo(1);
  }

  @Test
  void casesAtAPublicPlaceOrBehindAnEntranceAreListedWithThePlaceNeverTheFlat() throws Exception {
    long square = area(d.grid, "PUBLIC_PLACE", "文化广场" + d.suffix);
    long entrance = area(d.courtyard, "ENTRANCE", "2单元");
    long flat = area(entrance, "FLAT", "201室");
    String atSquare = kase(square, null);
    String atFlat = kase(flat, flat);

    // the default listing holds every public case, whatever its location
    HttpResponse<String> all = get("open311/v2/requests.json?api_key=" + key);
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    HttpResponse<String> listed =
        get("open311/v2/requests.json?service_request_id=" + atSquare + "," + atFlat);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonArray array = json(listed).asJsonArray();
    JsonObject squareCase = byField(array, "service_request_id", atSquare);
    assertThat(squareCase.getString("address")).endsWith("文化广场" + d.suffix);
    assertThat(squareCase.getString("address_id")).isEqualTo(String.valueOf(square));
    JsonObject flatCase = byField(array, "service_request_id", atFlat);
    assertThat(flatCase.getString("address"))
        .endsWith(courtyardName)
        .doesNotContain("2单元")
        .doesNotContain("201室");
    assertThat(flatCase.getString("address_id")).isEqualTo(String.valueOf(d.courtyard));
  }

  private long area(long parent, String kind, String name) {
    long id = TestData.nextId("area_seq");
    TestData.update(
        "insert into area_node (id, parent_id, kind, name, community_id, grid_id)"
            + " values (?, ?, ?, ?, ?, ?)",
        id,
        parent,
        kind,
        name,
        d.community,
        d.grid);
    return id;
  }

  /** A case registered by the help desk at a location (and flat, if any); returns its number. */
  private String kase(long location, Long flat) {
    long id = TestData.nextId("case_seq");
    TestData.update(
        "insert into work_case (id, case_no, flat_id, grid_id, community_id, category_id, channel,"
            + " description, state, created_by, accepted_at, anonymous, location_id)"
            + " values (?, ?, ?, ?, ?, ?, 'PHONE', '路灯不亮', 'ACCEPTED',"
            + " (select id from app_user where username = ?), localtimestamp, false, ?)",
        id,
        "OP" + id,
        flat,
        d.grid,
        d.community,
        d.categoryWater,
        d.helpdesk,
        location);
    return "OP" + id;
  }

  @Test
  void addressStringIsMatchedAgainstTheTreeAndTheRestWaitsForTheHelpDesk() throws Exception {
    JsonObject matched =
        postJson(
            "api_key",
            key,
            "service_code",
            "GARBAGE",
            "address_string",
            "兰州市 " + courtyardName + " 1单元 101室",
            "description",
            "垃圾三天没人清运");
    String id = matched.getString("service_request_id");
    assertThat(TestData.queryLong("select flat_id from work_case where case_no = ?", id))
        .isEqualTo(d.flat);

    for (Map<String, String> unmatched :
        List.of(
            form("address_string", "火星路1号" + d.suffix),
            form("lat", "36.06", "long", "103.83"),
            form("address_id", String.valueOf(d.courtyard)))) {
      Map<String, String> fields =
          form("api_key", key, "service_code", "GARBAGE", "description", "路边垃圾堆积");
      fields.putAll(unmatched);
      JsonObject waiting = json(post("json", fields)).asJsonArray().getJsonObject(0);
      assertThat(waiting.containsKey("service_request_id")).isFalse();
      String token = waiting.getString("token");
      JsonObject fromToken =
          json(get("open311/v2/tokens/" + token + ".json")).asJsonArray().getJsonObject(0);
      assertThat(fromToken.getString("token")).isEqualTo(token);
      assertThat(fromToken.isNull("service_request_id")).isTrue();
      assertThat(
              TestData.queryLong(
                  "select count(*) from open311_request where token = ? and case_id is null",
                  token))
          .isEqualTo(1);
      assertThat(
              xml(get("open311/v2/tokens/" + token + ".xml"))
                  .getElementsByTagName("token")
                  .getLength())
          .isEqualTo(1);
    }
    assertThat(get("open311/v2/tokens/" + UUID.randomUUID() + ".json").statusCode()).isEqualTo(404);

    JsonArray found = json(get("open311/v2/addresses.json?q=" + enc(courtyardName))).asJsonArray();
    assertThat(byField(found, "address_id", String.valueOf(d.courtyard)).getString("kind"))
        .isEqualTo("COURTYARD");
    JsonArray flats = json(get("open311/v2/addresses.json?parent_id=" + d.courtyard)).asJsonArray();
    assertThat(byField(flats, "address_id", String.valueOf(d.flat)).getString("name"))
        .isEqualTo("1单元101室");
    assertThat(xml(get("open311/v2/addresses.xml")).getDocumentElement().getTagName())
        .isEqualTo("addresses");
  }

  // ---- errors -------------------------------------------------------------------------------

  @Test
  void errorsAreListsOfCodeAndDescriptionSeveralAtOnce() throws Exception {
    HttpResponse<String> noKey = post("json", form("service_code", "NOISE", "description", "吵"));
    assertThat(noKey.statusCode()).isEqualTo(403);
    assertThat(json(noKey).asJsonArray().getJsonObject(0).getInt("code")).isEqualTo(403);
    assertThat(post("json", form("api_key", "wrong", "service_code", "NOISE")).statusCode())
        .isEqualTo(403);

    HttpResponse<String> empty = post("json", form("api_key", key));
    assertThat(empty.statusCode()).isEqualTo(400);
    JsonArray errors = json(empty).asJsonArray();
    assertThat(errors).hasSizeGreaterThanOrEqualTo(3);
    assertThat(errors.getValuesAs(JsonObject.class))
        .allSatisfy(
            e -> {
              assertThat(e.getInt("code")).isEqualTo(400);
              assertThat(e.getString("description")).isNotBlank();
            });

    HttpResponse<String> tooLong =
        post(
            "xml",
            form(
                "api_key",
                key,
                "service_code",
                "NOISE",
                "address_id",
                String.valueOf(d.flat),
                "description",
                "吵".repeat(4001),
                "lat",
                "95"));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(tooLong.headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringWhitespace("text/xml; charset=utf-8");
    Document xmlErrors = xml(tooLong);
    assertThat(xmlErrors.getDocumentElement().getTagName()).isEqualTo("errors");
    assertThat(xmlErrors.getElementsByTagName("error").getLength()).isEqualTo(2);
    assertThat(xmlErrors.getDocumentElement().getTextContent()).contains("4000");

    JsonObject fits =
        postJson(
            "api_key",
            key,
            "service_code",
            "NOISE",
            "address_id",
            String.valueOf(d.flat),
            "description",
            "吵".repeat(4000));
    assertThat(fits.getString("service_request_id")).isNotBlank();

    HttpResponse<String> unknownService =
        post(
            "json",
            form(
                "api_key",
                key,
                "service_code",
                "NO_SUCH",
                "address_id",
                String.valueOf(d.flat),
                "description",
                "x"));
    assertThat(unknownService.statusCode()).isEqualTo(404);

    long before = TestData.queryLong("select count(*) from work_case");
    HttpResponse<String> badFloor =
        post(
            "json",
            form(
                "api_key", key,
                "service_code", "WATER_OUTAGE",
                "address_id", "999999999",
                "description", "停水",
                "phone", "12",
                "attribute[floor]", "百"));
    assertThat(badFloor.statusCode()).isEqualTo(400);
    assertThat(json(badFloor).asJsonArray()).hasSize(3);
    assertThat(TestData.queryLong("select count(*) from work_case")).isEqualTo(before);

    HttpResponse<String> badQuery =
        get("open311/v2/requests.json?status=pending&start_date=yesterday&page_size=0");
    assertThat(badQuery.statusCode()).isEqualTo(400);
    assertThat(json(badQuery).asJsonArray()).hasSize(3);
    assertThat(
            get("open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z")
                .statusCode())
        .isEqualTo(400);
    assertThat(get("open311/v2/requests/no-such-id.json").statusCode()).isEqualTo(404);
    assertThat(get("open311/v2/requests.json?api_key=wrong").statusCode()).isEqualTo(403);
    HttpResponse<String> noSuchResource = get("open311/v2/nothing.json");
    assertThat(noSuchResource.statusCode()).isEqualTo(404);
    assertThat(json(noSuchResource).asJsonArray().getJsonObject(0).getInt("code")).isEqualTo(404);
  }

  // ---- filters, paging, history -------------------------------------------------------------

  @Test
  void filtersPagingAndTheUpdateHistory() throws Exception {
    String start = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(1).toString();
    String first = postJson(flatRequest("NOISE", "楼上装修噪音")).getString("service_request_id");
    String repeat = postJson(flatRequest("NOISE", "还是装修噪音")).getString("service_request_id");
    String other = postJson(flatRequest("GARBAGE", "垃圾")).getString("service_request_id");

    // the second noise request in the courtyard is linked to the first for the help desk
    assertThat(
            TestData.queryString(
                "select e.case_no from work_case c join work_case e on e.id = c.repeat_of_id"
                    + " where c.case_no = ?",
                repeat))
        .isEqualTo(first);

    String ids = first + "," + repeat + "," + other;
    JsonArray all =
        json(get("open311/v2/requests.json?service_request_id=" + ids + "&service_code=GREENING"))
            .asJsonArray();
    assertThat(ids(all)).containsExactlyInAnyOrder(first, repeat, other);
    String mine = "&start_date=" + enc(start);
    assertThat(ids(json(get("open311/v2/requests.json?service_code=NOISE" + mine)).asJsonArray()))
        .contains(first, repeat)
        .doesNotContain(other);
    assertThat(ids(json(get("open311/v2/requests.json?status=closed" + mine)).asJsonArray()))
        .doesNotContain(first, repeat, other);
    assertThat(ids(json(get("open311/v2/requests.json?status=open,closed" + mine)).asJsonArray()))
        .contains(first, repeat, other);
    String page = "open311/v2/requests.json?service_request_id=" + ids + "&page_size=2&page=";
    List<String> paged = new ArrayList<>(ids(json(get(page + 1)).asJsonArray()));
    assertThat(paged).hasSize(2);
    paged.addAll(ids(json(get(page + 2)).asJsonArray()));
    assertThat(paged).containsExactly(other, repeat, first);
    assertThat(
            xml(get("open311/v2/requests.xml?service_request_id=" + ids))
                .getElementsByTagName("request")
                .getLength())
        .isEqualTo(3);

    // closed in CaseDesk: status closed with the reply as status_notes
    TestData.update(
        "update work_case set state = 'CLOSED', reply = '已清运', closed_at = accepted_at"
            + " where case_no = ?",
        other);
    JsonObject closed =
        json(get("open311/v2/requests/" + other + ".json?api_key=" + key))
            .asJsonArray()
            .getJsonObject(0);
    assertThat(closed.getString("status")).isEqualTo("closed");
    assertThat(closed.getString("status_notes")).isEqualTo("已清运");

    JsonObject withNotes =
        json(get("open311/v2/requests/" + repeat + ".json?extensions=true&api_key=" + key))
            .asJsonArray()
            .getJsonObject(0);
    List<String> statuses =
        withNotes.getJsonArray("notes").getValuesAs(JsonObject.class).stream()
            .map(n -> n.getString("status"))
            .toList();
    assertThat(statuses).containsExactly("open", "duplicate", "action_scheduled");
    assertThat(
            json(get("open311/v2/requests/" + repeat + ".json"))
                .asJsonArray()
                .getJsonObject(0)
                .containsKey("notes"))
        .isFalse();

    JsonArray updates =
        json(get("open311/v2/servicerequestupdates.json?api_key=" + key + mine))
            .asJsonObject()
            .getJsonArray("service_request_updates");
    List<JsonObject> ofFirst =
        updates.getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getString("service_request_id").equals(first))
            .toList();
    assertThat(ofFirst)
        .extracting(u -> u.getString("status"))
        .containsExactly("open", "action_scheduled");
    assertThat(ofFirst.get(1).getString("description")).startsWith("派单");
    assertThat(ofFirst.get(0).getString("updated_datetime")).endsWith("+08:00");
    Document updatesXml =
        xml(get("open311/v2/servicerequestupdates.xml" + "?" + mine.substring(1)));
    assertThat(updatesXml.getDocumentElement().getTagName()).isEqualTo("service_request_updates");
    assertThat(updatesXml.getDocumentElement().getFirstChild().getNodeName())
        .isEqualTo("request_update");
    assertThat(updatesXml.getElementsByTagName("request_update").getLength())
        .isGreaterThanOrEqualTo(7);
  }

  // ---- privacy ------------------------------------------------------------------------------

  @Test
  void anonymousAndConfidentialCasesAreWithheldFromOtherClients() throws Exception {
    String otherKey = apiClient("网上平台" + d.suffix, "ONLINE", 100);
    Map<String, String> nameless = flatRequest("CORRIDOR", "楼道堆物");
    nameless.remove("last_name");
    nameless.remove("first_name");
    String anonymous = postJson(nameless).getString("service_request_id");
    assertThat(TestData.queryString("select channel from work_case where case_no = ?", anonymous))
        .isEqualTo("HOTLINE_12345");
    String confidential = postJson(flatRequest("CORRIDOR", "保密的事")).getString("service_request_id");

    // anonymous: only the client that posted it sees it
    assertThat(get("open311/v2/requests/" + anonymous + ".json").statusCode()).isEqualTo(404);
    assertThat(get("open311/v2/requests/" + anonymous + ".json?api_key=" + otherKey).statusCode())
        .isEqualTo(404);
    assertThat(get("open311/v2/requests/" + anonymous + ".json?api_key=" + key).statusCode())
        .isEqualTo(200);

    assertThat(
            get("open311/v2/requests/" + confidential + ".json?api_key=" + otherKey).statusCode())
        .isEqualTo(200);
    TestData.update("update work_case set confidential = true where case_no = ?", confidential);
    assertThat(
            get("open311/v2/requests/" + confidential + ".json?api_key=" + otherKey).statusCode())
        .isEqualTo(404);
    assertThat(
            ids(
                json(get(
                        "open311/v2/requests.json?service_request_id="
                            + confidential
                            + ","
                            + anonymous))
                    .asJsonArray()))
        .isEmpty();
    JsonObject own =
        json(get("open311/v2/requests/" + confidential + ".json?api_key=" + key))
            .asJsonArray()
            .getJsonObject(0);
    assertThat(own.isNull("description")).isTrue();

    // a revoked key is refused
    TestData.update(
        "update api_client set revoked_at = current_timestamp where key_hash = ?",
        ApiKeys.hash(otherKey));
    assertThat(get("open311/v2/requests.json?api_key=" + otherKey).statusCode()).isEqualTo(403);
  }

  @Test
  void aClientOverItsRateIsRefused() throws Exception {
    String slow = apiClient("限速" + d.suffix, "ONLINE", 3);
    List<Integer> codes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      codes.add(get("open311/v2/requests.json?page_size=1&api_key=" + slow).statusCode());
    }
    // the minute may turn during the loop: then a fresh window starts
    assertThat(codes.subList(0, 3)).doesNotContain(429).isNotEmpty();
    assertThat(codes).contains(429);
  }

  // ---- concurrency --------------------------------------------------------------------------

  @Test
  void concurrentPostsGetDistinctIdsAndNothingIsLost() throws Exception {
    int n = 24;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Map<String, String> fields = flatRequest("HOME_CARE", "并发请求 " + i + " 🧓");
        fields.put("service_request_id_ext", "C-" + d.suffix + "-" + i);
        answers.add(pool.submit(() -> post("json", fields)));
      }
      Set<String> ids = new HashSet<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> r = answer.get();
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ids.add(json(r).asJsonArray().getJsonObject(0).getString("service_request_id"));
      }
      assertThat(ids).hasSize(n);
      assertThat(
              TestData.queryLong(
                  "select count(distinct o.case_id) from open311_request o"
                      + " where o.service_request_id_ext like ?",
                  "C-" + d.suffix + "-%"))
          .isEqualTo(n);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoint() throws Exception {
    HttpResponse<String> openapi =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(root()).resolve("/openapi")).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/open311/v2/requests.{format")
        .contains("/open311/v2/servicerequestupdates.{format")
        .contains("/open311/discovery.{format")
        .contains("GeoReport")
        .contains("12345-2026-000871") // an example
        .contains("service_request_id");
  }

  // ---- helpers ------------------------------------------------------------------------------

  private void assertNoPersonalData(String body) {
    assertThat(body).doesNotContain("钱建国", "13912345678", "1391234", "1单元101室");
  }

  /** A request at the test flat from a named caller (so not anonymous). */
  private Map<String, String> flatRequest(String service, String description) {
    return form(
        "api_key",
        key,
        "service_code",
        service,
        "address_id",
        String.valueOf(d.flat),
        "description",
        description,
        "last_name",
        "周",
        "first_name",
        "某某");
  }

  private static String apiClient(String name, String channel, int ratePerMinute) {
    return ApiClients.create(name, channel, ratePerMinute);
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private JsonObject postJson(String... pairs) throws Exception {
    return postJson(form(pairs));
  }

  private JsonObject postJson(Map<String, String> fields) throws Exception {
    HttpResponse<String> r = post("json", fields);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json(r).asJsonArray().getJsonObject(0);
  }

  private HttpResponse<String> post(String format, Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(root() + "open311/v2/requests." + format))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(root() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String root() {
    String s = baseUrl.toString();
    return s.endsWith("/") ? s : s + "/";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static JsonStructure json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.read();
    }
  }

  private static Document xml(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isIn(200, 400, 403, 404);
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonObject byField(JsonArray array, String field, String value) {
    return array.getValuesAs(JsonObject.class).stream()
        .filter(o -> value.equals(o.getString(field, null)))
        .findFirst()
        .orElse(null);
  }

  private static List<String> ids(JsonArray array) {
    return array.getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("service_request_id"))
        .toList();
  }
}
