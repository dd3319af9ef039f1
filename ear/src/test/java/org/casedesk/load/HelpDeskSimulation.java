package org.casedesk.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.casedesk.it.support.TestData;

/**
 * The help desk's day through the real pages, as a browser sends it: {@code -Dload.helpdesk} (60)
 * help-desk users sign in once, then register a case (the register page, PrimeFaces ajax for
 * community → grid → courtyard → flat and the category's type-ahead, the save), open it, search and
 * open the follow-up queue; {@code -Dload.handlers} (40) handlers, each the only handler of a grid
 * of their own, open their queue and then sign for and resolve every case the help desk registered
 * in their grid. Every page and ajax answer is checked: status 200, no error page, the expected
 * text or redirect. Think time between steps {@code -Dload.pauseMs} (1000–3000 ms).
 */
public class HelpDeskSimulation extends Simulation {

  private static final int HELPDESK = Integer.getInteger("load.helpdesk", 60);
  private static final int HANDLERS = Integer.getInteger("load.handlers", 40);
  private static final long PAUSE_MS = Long.getLong("load.pauseMs", 1000);
  private static final long PAUSE_MAX_MS = Long.getLong("load.pauseMaxMs", 3000);

  /** The view state of a page, or the new one in a partial response. */
  private static final String VIEW_STATE_PAGE =
      "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";

  private static final String VIEW_STATE_PARTIAL =
      "jakarta.faces.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";
  private static final String NONCE = "<script[^>]* nonce=\"([^\"]+)\"";
  private static final String CASE_REDIRECT = "<redirect url=\"[^\"]*case\\.xhtml\\?id=(\\d+)";

  private final LoadRun run = new LoadRun("pages");
  private final LoadData data = new LoadData(HANDLERS);

  /** Per handler's grid, the cases registered there and not yet taken up by its handler. */
  private final List<Queue<Long>> registered =
      IntStream.range(0, HANDLERS)
          .mapToObj(i -> (Queue<Long>) new ConcurrentLinkedQueue<Long>())
          .toList();

  private final AtomicInteger nextGrid = new AtomicInteger();
  private final AtomicInteger nextHandler = new AtomicInteger();

  {
    HttpProtocolBuilder protocol =
        http.baseUrl(run.base())
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("zh-CN,zh;q=0.9")
            .userAgentHeader("CaseDesk load test (Gatling)")
            .disableCaching()
            .check(status().is(200), substring("出错了").notExists());

    ScenarioBuilder helpDesk =
        scenario("help desk")
            .exec(login(data.d.helpdesk))
            .during(LoadRun.DURATION)
            .on(
                exec(this::chooseGrid)
                    .exec(
                        http("register.page")
                            .get("helpdesk/register.xhtml")
                            .check(substring("registerForm"), pageState(), pageNonce()))
                    .exec(
                        ajax(
                                "register.community",
                                "registerForm:community",
                                "registerForm:grid registerForm:courtyard registerForm:flat"
                                    + " registerForm:room registerForm:duplicates",
                                "valueChange",
                                "registerForm:community_input",
                                "#{community}")
                            .check(substring("value=\"#{grid}\"")))
                    .exec(
                        ajax(
                                "register.grid",
                                "registerForm:grid",
                                "registerForm:courtyard registerForm:flat registerForm:room"
                                    + " registerForm:duplicates",
                                "valueChange",
                                "registerForm:community_input",
                                "#{community}",
                                "registerForm:grid_input",
                                "#{grid}")
                            .check(substring("value=\"#{courtyard}\"")))
                    .exec(
                        ajax(
                                "register.courtyard",
                                "registerForm:courtyard",
                                "registerForm:flat registerForm:room registerForm:duplicates",
                                "valueChange",
                                "registerForm:courtyard_input",
                                "#{courtyard}")
                            .check(substring("value=\"#{flat}\"")))
                    .exec(
                        ajax(
                            "register.flat",
                            "registerForm:flat",
                            "registerForm:room registerForm:duplicates",
                            "valueChange",
                            "registerForm:flat_input",
                            "#{flat}"))
                    .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS))
                    // the category's type-ahead by pinyin initials, then the item chosen
                    .exec(
                        ajax(
                                "register.category",
                                "registerForm:category",
                                "registerForm:category",
                                null,
                                "registerForm:category_query",
                                "ljqy")
                            .check(
                                regex(
                                        "data-item-value=\"([^\"]+)\"[^>]*data-item-label=\"[^\"]*垃圾清运")
                                    .saveAs("categoryValue")))
                    .exec(
                        ajax(
                            "register.categoryChosen",
                            "registerForm:category",
                            "registerForm:duplicates",
                            "itemSelect",
                            "registerForm:category_input",
                            "垃圾清运",
                            "registerForm:category_hinput",
                            "#{categoryValue}"))
                    .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS))
                    .exec(
                        ajax(
                                "register.save",
                                "registerForm:save",
                                "registerForm",
                                null,
                                "registerForm:save",
                                "registerForm:save",
                                "registerForm:newName",
                                "压测居民#{caller}",
                                "registerForm:newPhone",
                                "#{phone}",
                                "registerForm:newIdNumber",
                                "",
                                "registerForm:community_input",
                                "#{community}",
                                "registerForm:grid_input",
                                "#{grid}",
                                "registerForm:courtyard_input",
                                "#{courtyard}",
                                "registerForm:flat_input",
                                "#{flat}",
                                "registerForm:room_input",
                                "",
                                "registerForm:locationDetail",
                                "楼道口",
                                "registerForm:category_input",
                                "垃圾清运",
                                "registerForm:category_hinput",
                                "#{categoryValue}",
                                "registerForm:channel_input",
                                "PHONE",
                                "registerForm:description",
                                "压测：楼道口垃圾三天没有清运 #{caller}",
                                "registerForm:directAnswer",
                                "",
                                "registerForm:invalidReason_input",
                                "")
                            .check(
                                bodyString().saveAs("saveAnswer"),
                                regex(CASE_REDIRECT).saveAs("caseId")))
                    .exec(this::handOver)
                    .exec(
                        http("case.open")
                            .get("cases/case.xhtml?id=#{caseId}")
                            .check(substring("诉求已登记并派单")))
                    .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS))
                    .exec(
                        http("search")
                            .get("search/cases.xhtml?category=15&grid=#{grid}")
                            .check(substring("searchForm").exists()))
                    .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS))
                    .exec(http("queue.followups").get("helpdesk/followups.xhtml"))
                    .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS)));

    ScenarioBuilder handlers =
        scenario("handlers")
            .exec(
                session -> {
                  int k = nextHandler.getAndIncrement() % HANDLERS;
                  return session.set("k", k).set("handler", data.grids.get(k).handler());
                })
            .exec(login("#{handler}"))
            .exec(http("queue.handler").get("handler/cases.xhtml"))
            .during(LoadRun.DURATION)
            .on(
                exec(this::takeCase)
                    .doIfOrElse(session -> session.contains("caseId"))
                    .then(
                        exec(http("handler.case")
                                .get("cases/case.xhtml?id=#{caseId}")
                                .check(substring("handleForm:sign"), pageState(), pageNonce()))
                            .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS))
                            .exec(handle("handler.sign", "handleForm:sign", "", ""))
                            .exec(
                                http("handler.signed")
                                    .get("cases/case.xhtml?id=#{caseId}")
                                    .check(substring("已签收"), pageState(), pageNonce()))
                            .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS))
                            // a signed case is resolved once it is being handled (办理中): a note
                            // first, as the handler writes one after going there
                            .exec(handle("handler.note", "handleForm:addNote", "已到现场，安排清运", ""))
                            .exec(
                                http("handler.noted")
                                    .get("cases/case.xhtml?id=#{caseId}")
                                    .check(
                                        substring("handleForm:resolve"), pageState(), pageNonce()))
                            .pause(Duration.ofMillis(PAUSE_MS), Duration.ofMillis(PAUSE_MAX_MS))
                            .exec(handle("handler.resolve", "handleForm:resolve", "", "已清运，已回复居民"))
                            .exec(
                                http("handler.resolved")
                                    .get("cases/case.xhtml?id=#{caseId}")
                                    .check(substring("工单已办结")))
                            .exec(http("queue.handler").get("handler/cases.xhtml"))
                            .exec(session -> session.remove("caseId")))
                    .orElse(pause(Duration.ofSeconds(2))));

    setUp(
            helpDesk.injectOpen(rampUsers(HELPDESK).during(LoadRun.RAMP)),
            handlers.injectOpen(rampUsers(HANDLERS).during(LoadRun.RAMP)))
        .protocols(protocol);
  }

  @Override
  public void before() {
    run.start("pages");
  }

  @Override
  public void after() {
    run.stop("load");
    System.out.printf(
        "BENCH load.cases.left %d cases%n", registered.stream().mapToInt(Queue::size).sum());
    System.out.printf(
        "BENCH load.cases.resolved %d cases%n",
        TestData.queryLong(
            "select count(*) from work_case c join app_user u on u.id = c.handler_id"
                + " where u.username like ? and c.state = 'RESOLVED'",
            "lh-" + data.d.suffix + "-%"));
  }

  private Session chooseGrid(Session session) {
    int k = nextGrid.getAndIncrement() % HANDLERS;
    LoadData.Grid g = data.grids.get(k);
    String caller = String.format("%08d", (long) (Math.random() * 100_000_000));
    return session
        .set("k", k)
        .set("community", data.d.community)
        .set("grid", g.grid())
        .set("courtyard", g.courtyard())
        .set("flat", g.flat())
        .set("caller", caller)
        .set("phone", "139" + caller);
  }

  private Session handOver(Session session) {
    if (!session.contains("caseId")) {
      String answer = session.getString("saveAnswer");
      System.out.println(
          "LOAD save not acknowledged: "
              + (answer == null ? "" : answer.substring(0, Math.min(answer.length(), 3000))));
      return session.markAsFailed();
    }
    registered.get(session.getInt("k")).add(Long.parseLong(session.getString("caseId")));
    return session;
  }

  private Session takeCase(Session session) {
    Long id = registered.get(session.getInt("k")).poll();
    return id == null ? session.remove("caseId") : session.set("caseId", id);
  }

  private static ChainBuilder login(String user) {
    return exec(session -> session.set("nonce", ""))
        .exec(http("login.page").get("login.xhtml").check(pageState(), pageNonce()))
        .pause(Duration.ofMillis(PAUSE_MS))
        .exec(
            http("login")
                .post("login.xhtml")
                .formParam("loginForm", "loginForm")
                .formParam("loginForm:username", user)
                .formParam("loginForm:password", TestData.PASSWORD)
                .formParam("loginForm:login", "")
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(substring("loginForm:password").notExists()));
  }

  private static io.gatling.javaapi.core.CheckBuilder pageState() {
    return regex(VIEW_STATE_PAGE).saveAs("viewState");
  }

  /** The page's CSP nonce, which PrimeFaces sends with every postback (kept "" if none). */
  private static io.gatling.javaapi.core.CheckBuilder pageNonce() {
    return regex(NONCE).optional().saveAs("nonce");
  }

  /**
   * A handler's button on the case page (sign for, add a note, resolve) with the note and reply
   * typed, then the redirect to the case.
   */
  private static HttpRequestActionBuilder handle(
      String name, String button, String note, String reply) {
    return ajax(
            name,
            button,
            "handleForm",
            null,
            button,
            button,
            "handleForm:note",
            note,
            "handleForm:reply",
            reply,
            "handleForm:reason",
            "")
        .check(regex(CASE_REDIRECT));
  }

  /**
   * A PrimeFaces ajax request as its script sends it: the partial-request headers, source, execute
   * (the source, or {@code execute} for a form's button), render, the behaviour's event, the form's
   * fields given as name, value pairs, the view state and the nonce; the new view state read back.
   */
  private static HttpRequestActionBuilder ajax(
      String name, String source, String render, String event, String... fields) {
    String form = source.substring(0, source.indexOf(':'));
    boolean button = source.endsWith(":save") || form.equals("handleForm");
    HttpRequestActionBuilder request =
        http(name)
            .post(pathOf(form))
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .header("Accept", "application/xml, text/xml, */*; q=0.01")
            .formParam("jakarta.faces.partial.ajax", "true")
            .formParam("jakarta.faces.source", source)
            .formParam(
                "jakarta.faces.partial.execute", button ? source + " " + executed(form) : source)
            .formParam("jakarta.faces.partial.render", render)
            .formParam(form, form);
    if (event != null) {
      request =
          request
              .formParam("jakarta.faces.behavior.event", event)
              // as PrimeFaces' script names them: the behaviour's event (a select box's default
              // valueChange), and the DOM event that raised it (change)
              .formParam(
                  "jakarta.faces.partial.event", event.equals("valueChange") ? "change" : event);
    }
    for (int i = 0; i < fields.length; i += 2) {
      request = request.formParam(fields[i], fields[i + 1]);
    }
    return request
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .formParam("primefaces.nonce", "#{nonce}")
        .check(
            substring("<partial-response"),
            substring("<error>").notExists(),
            regex(VIEW_STATE_PARTIAL).optional().saveAs("viewState"));
  }

  /** What a button processes: its whole form (register) or the case page's text fields. */
  private static String executed(String form) {
    return form.equals("registerForm")
        ? form
        : "handleForm:note handleForm:reply handleForm:reason";
  }

  private static String pathOf(String form) {
    return form.equals("registerForm")
        ? "helpdesk/register.xhtml"
        : "cases/case.xhtml?id=#{caseId}";
  }
}
