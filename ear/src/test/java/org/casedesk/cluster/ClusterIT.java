package org.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.casedesk.bench.CaseGenerator;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.drill.DrillServer;
import org.casedesk.it.support.ApiClients;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * More than one node, as an operator would run it (README, "Running more than one node"): two
 * Payara Micro processes of the built WAR, clustered by Hazelcast with an explicit member list on
 * loopback, on the test PostgreSQL, behind nginx terminating TLS with a certificate made here by
 * openssl. nginx connects to the nodes from 127.0.0.2, the only address the nodes trust for
 * forwarded headers. Signs in through nginx, lets both nodes' timers tick and finds one nightly
 * execution, checks a sign-in lock and a notification across nodes, then kills (SIGKILL) the
 * lease's holder during a long nightly rebuild while it serves an admin's session: the session goes
 * on on the other node, which takes the lease over and completes the rebuild with the facts of an
 * uninterrupted run; prints {@code CLUSTER …} lines (the failover time among them).
 */
class ClusterIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
  private static final String PROXY = "127.0.0.2";
  private static final String UPSTREAM = "X-CaseDesk-Upstream";

  /** The long rebuild: the nightly plan catches up this many days, over at least CASES cases. */
  private static final int DAYS = Integer.getInteger("cluster.days", 365);

  private static final int CASES = Integer.getInteger("cluster.cases", 20_000);

  private static final Path DIR = Path.of("target", "cluster").toAbsolutePath();
  private static final List<Process> processes = new ArrayList<>();

  @AfterAll
  static void stop() throws InterruptedException {
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void twoNodesBehindNginxKeepTheSessionOfAKilledNodeAndRunOneNightlyReport() throws Exception {
    Files.createDirectories(DIR.resolve("nginx-temp"));
    int https = freePort();
    int[] http = {freePort(), freePort()};
    int[] grid = {5930, 5931};
    String[] names = {"node-a", "node-b"};
    Path cert = DIR.resolve("proxy.crt");
    run(
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1,DNS:localhost",
        "-keyout",
        DIR.resolve("proxy.key").toString(),
        "-out",
        cert.toString());
    Path conf = DIR.resolve("nginx.conf");
    Files.writeString(conf, nginxConf(https, http));
    run("nginx", "-t", "-p", DIR.toString(), "-c", conf.toString());
    processes.add(
        new ProcessBuilder("nginx", "-p", DIR.toString(), "-c", conf.toString())
            .redirectErrorStream(true)
            .redirectOutput(DIR.resolve("nginx.out").toFile())
            .start());

    // yesterday not reported yet: the first tick after the start has a nightly run to make
    LocalDate yesterday = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
    long executionsBefore = jobExecutions();
    if (tableExists("report_run")) {
      update("delete from report_run where report_day = ?", yesterday);
    }

    String members = "tcpip:127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
    Process[] nodes = new Process[2];
    for (int i = 0; i < 2; i++) {
      nodes[i] = startNode(names[i], http[i], grid[i], members);
    }
    for (int i = 0; i < 2; i++) {
      awaitLoginPage(nodes[i], names[i], http[i]);
    }
    TestData d = TestData.create();
    URL proxy = new URL("https://127.0.0.1:" + https + "/");
    SSLContext ssl = trusting(cert);

    // the session cookie is Secure behind the proxy
    WebClient user = new WebClient(proxy, ssl);
    HttpResponse<String> loginPage = user.get("login.xhtml");
    assertThat(loginPage.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure"));
    assertThat(user.login(d.admin, TestData.PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> jobs = user.get("admin/jobs.xhtml"); // the job repository's tables
    assertThat(jobs.statusCode()).isEqualTo(200);
    assertThat(jobs.body()).contains("jobsForm");

    // the forwarded client address is believed from nginx only
    WebClient stranger = new WebClient(proxy, ssl);
    String fakeUser = "cluster-nobody-" + d.suffix;
    stranger.login(fakeUser, "wrong-password-1", "X-Forwarded-For", "10.17.0.1");
    assertThat(loginAt(http[0], fakeUser, "wrong-password-1", "X-Forwarded-For", "10.17.0.2"))
        .as("refused straight at the node, not an expired view")
        .satisfies(r -> assertThat(r.body()).contains("loginForm").doesNotContain("id=\"reload\""));
    assertThat(count("select count(*) from login_throttle where subject like '10.17.0.%'"))
        .isZero();
    assertThat(count("select count(*) from login_throttle where subject = '" + PROXY + "'"))
        .isZero();
    assertThat(count("select failures from login_throttle where subject = '" + fakeUser + "'"))
        .as("both refusals counted on the user name, whichever node served them")
        .isEqualTo(2);

    // both timers tick every minute; one node takes the lease and runs the nightly report
    Instant end = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(end)
        && !(jobExecutions() > executionsBefore && bothLogsShowTheLease(names))) {
      Thread.sleep(5000);
    }
    Thread.sleep(Duration.ofSeconds(65).toMillis()); // one more tick on both
    long executions = jobExecutions() - executionsBefore;
    String runner = string("select holder from node_lease where name = 'report-jobs'");
    System.out.printf("CLUSTER nightly executions=%d lease=%s%n", executions, runner);
    assertThat(executions).as("one nightly execution for both nodes").isEqualTo(1);
    assertThat(runner).isIn((Object[]) names);
    String other = runner.equals(names[0]) ? names[1] : names[0];
    assertThat(Files.readString(log(other)))
        .contains("report job tick skipped: node " + runner + " runs the report ticks");

    // a sign-in lock made on one node holds on the other (login_throttle is in the database)
    for (int i = 0; i < 5; i++) {
      assertThat(loginAt(http[0], d.helpdesk, "wrong-password-1").body())
          .as("refused, not an expired view")
          .contains("loginForm")
          .doesNotContain("id=\"reload\"");
    }
    HttpResponse<String> lockedOnB = loginAt(http[1], d.helpdesk, TestData.PASSWORD);
    System.out.printf(
        "CLUSTER lock lockedAt=%s rightPasswordOn=%s status=%d%n",
        names[0], names[1], lockedOnB.statusCode());
    assertThat(lockedOnB.statusCode()).as("locked on the other node too").isNotEqualTo(302);
    assertThat(lockedOnB.body()).contains("loginForm").doesNotContain("id=\"reload\"");
    assertThat(
            count(
                "select count(*) from login_throttle where subject = '"
                    + d.helpdesk
                    + "'"
                    + " and locked_until is not null"))
        .isEqualTo(1);

    // a notification made on one node is seen on the other: a request through the Open311 API of
    // one node is dispatched to the grid's handler, who reads it through nginx on the other node
    WebClient handler = new WebClient(proxy, ssl);
    assertThat(handler.login(d.handler, TestData.PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> handlerHome = handler.get("home.xhtml");
    int handlerNode =
        handlerHome.headers().firstValue(UPSTREAM).orElseThrow().endsWith(":" + http[0]) ? 0 : 1;
    String key = ApiClients.create("集群测试" + d.suffix, "HOTLINE_12345", 100);
    HttpResponse<String> posted =
        new WebClient(new URL("http://127.0.0.1:" + http[1 - handlerNode] + "/"))
            .post(
                "open311/v2/requests.json",
                Map.of(
                    "api_key",
                    key,
                    "service_code",
                    "GARBAGE",
                    "address_string",
                    "测试楼院" + d.suffix + " 1单元 101室",
                    "description",
                    "集群测试: 垃圾三天没人清运"));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    String caseNo = posted.body().replaceAll("(?s).*\"service_request_id\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> notifications = handler.get("notifications/list.xhtml");
    System.out.printf(
        "CLUSTER notification case=%s madeOn=%s readOn=%s found=%b%n",
        caseNo,
        names[1 - handlerNode],
        notifications.headers().firstValue(UPSTREAM).orElse("?"),
        notifications.body().contains(caseNo));
    assertThat(notifications.headers().firstValue(UPSTREAM).orElseThrow())
        .endsWith(":" + http[handlerNode]);
    assertThat(notifications.body()).contains(caseNo);

    // a long rebuild under the lease: generated cases, the last DAYS days' runs deleted (missed
    // nights), so the holder's next tick runs them all; first once uninterrupted, the reference
    long existing = count("select count(*) from work_case");
    if (existing < CASES) {
      CaseGenerator.generate((int) (CASES - existing));
    }
    LocalDate from = yesterday.minusDays(DAYS - 1L);
    long reference = nightlyOfMissedDays(from);
    DrillServer.awaitFinished(reference);
    awaitAllDaysRun(from);
    assertThat(DrillServer.status(reference)).isEqualTo("COMPLETED");
    List<String> expected = DrillServer.checksums();
    Duration whole = DrillServer.runTime(reference);
    System.out.printf(
        "CLUSTER reference cases=%d days=%d (%s..%s) execution=%d seconds=%d facts=%s%n",
        count("select count(*) from work_case"),
        DAYS,
        from,
        yesterday,
        reference,
        whole.toSeconds(),
        expected);

    // the admin's session through nginx, on the lease's holder (nginx hashes the session cookie)
    String holder = string("select holder from node_lease where name = 'report-jobs'");
    int victim = holder.equals(names[0]) ? 0 : 1;
    WebClient session = null;
    for (int attempt = 0; attempt < 20 && session == null; attempt++) {
      WebClient c = new WebClient(proxy, ssl);
      assertThat(c.login(d.admin, TestData.PASSWORD).statusCode()).isEqualTo(302);
      if (upstream(c.get("home.xhtml")).endsWith(":" + http[victim])) {
        session = c;
      }
    }
    assertThat(session).as("a session on " + holder + " within 20 sign-ins").isNotNull();

    // the holder is killed in the middle of the nightly run and while serving that session
    long cut = nightlyOfMissedDays(from);
    Thread.sleep(whole.toMillis() * 2 / 5);
    HttpResponse<String> rendered = session.get("admin/jobs.xhtml"); // a view on the node to kill
    assertThat(rendered.statusCode()).isEqualTo(200);
    assertThat(upstream(rendered)).endsWith(":" + http[victim]);
    assertThat(DrillServer.isRunning(cut)).as("execution " + cut + " still running").isTrue();
    long committed = count("select count(*) from report_run where execution_id = " + cut);
    nodes[victim].destroyForcibly(); // SIGKILL
    nodes[victim].waitFor();
    Instant killed = Instant.now();
    HttpResponse<String> after = null;
    while (Duration.between(killed, Instant.now()).toSeconds() < 120) {
      after = session.get("admin/jobs.xhtml");
      if (after.statusCode() == 200 || after.statusCode() == 302) {
        break;
      }
      Thread.sleep(200);
    }
    Duration failover = Duration.between(killed, Instant.now());
    System.out.printf(
        "CLUSTER failover killed=%s nextStatus=%d servedBy=%s millis=%d%n",
        names[victim], after.statusCode(), upstream(after), failover.toMillis());
    assertThat(after.statusCode()).as("still signed in, not sent to the login page").isEqualTo(200);
    assertThat(upstream(after)).endsWith(":" + http[1 - victim]);
    assertThat(after.body()).contains("jobsForm");

    // a postback of the view the killed node rendered: the page again if the view moved with the
    // session, else the expired page with its reload link (OmniFaces answers it with status 500);
    // never the error page
    Map<String, String> typed = WebClient.postBack(rendered, "jobsForm");
    typed.put("jobsForm:from_input", from.toString());
    HttpResponse<String> postback = session.post("admin/jobs.xhtml", typed);
    boolean moved = postback.body().contains("jobsForm");
    System.out.printf(
        "CLUSTER view renderedOn=%s postedTo=%s status=%d moved=%b%n",
        names[victim], upstream(postback), postback.statusCode(), moved);
    assertThat(moved || postback.body().contains("id=\"reload\"")).as(postback.body()).isTrue();

    // the survivor takes the lease over once it has expired, treats the killed holder's STARTED
    // execution as cut off and runs its remaining days: the facts of the uninterrupted run
    long resumed = DrillServer.awaitResumption(cut);
    Duration takeover = Duration.between(killed, Instant.now());
    String since = " from report_run where execution_id >= " + cut;
    long daysRun = count("select count(distinct report_day)" + since);
    long runRows = count("select count(*)" + since);
    List<String> facts = DrillServer.checksums();
    System.out.printf(
        "CLUSTER takeover killed=%s lease=%s cut=%d %s committedBeforeKill=%d resumed=%d %s"
            + " daysRun=%d runRows=%d secondsAfterKill=%d identical=%b%n",
        names[victim],
        string("select holder from node_lease where name = 'report-jobs'"),
        cut,
        DrillServer.exit(cut),
        committed,
        resumed,
        DrillServer.exit(resumed),
        daysRun,
        runRows,
        takeover.toSeconds(),
        facts.equals(expected));
    assertThat(string("select holder from node_lease where name = 'report-jobs'"))
        .isEqualTo(names[1 - victim]);
    assertThat(DrillServer.exit(cut)).isEqualTo("FAILED/CRASHED");
    assertThat(DrillServer.exit(resumed)).isEqualTo("COMPLETED/COMPLETED");
    assertThat(Files.readString(log(names[1 - victim])))
        .contains("execution " + cut + " was cut off; resumed as ");
    assertThat(daysRun).as("every day run once").isEqualTo(DAYS);
    assertThat(runRows).isEqualTo(DAYS);
    assertThat(facts).as("the facts of the uninterrupted run").isEqualTo(expected);
  }

  /**
   * The last {@link #DAYS} days' runs deleted (missed nights): the NIGHTLY execution the holder's
   * next tick starts for them.
   */
  private static long nightlyOfMissedDays(LocalDate from) throws Exception {
    long before = DrillServer.newestExecution();
    update("delete from report_run where report_day >= ?", from);
    Instant end = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end)) {
      long id = DrillServer.newestExecution();
      if (id > before) {
        return id;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no nightly run started, see " + DIR);
  }

  /**
   * Until every day from {@code from} has its run and nothing runs (a tick between the generated
   * cases and the deletion may have run their changed days first; the next one runs the rest).
   */
  private static void awaitAllDaysRun(LocalDate from) throws Exception {
    Instant end = Instant.now().plus(DrillServer.RUN_TIMEOUT);
    while (Instant.now().isBefore(end)) {
      long days =
          count(
              "select count(distinct report_day) from report_run where report_day >= '"
                  + from
                  + "'");
      long running =
          count(
              "select count(*) from jbatchexecutioninstancedata"
                  + " where batchstatus in ('STARTING', 'STARTED')");
      if (days == DAYS && running == 0) {
        return;
      }
      Thread.sleep(2000);
    }
    throw new AssertionError("the days from " + from + " were not all run, see " + DIR);
  }

  private static String upstream(HttpResponse<String> response) {
    return response.headers().firstValue(UPSTREAM).orElse("?");
  }

  /**
   * The login form posted straight to a node over plain HTTP in a fresh session. The node sets its
   * session cookie Secure (as behind nginx), which a client does not send back over plain HTTP by
   * itself (the POST would meet an expired view); here it goes back explicitly with the form of the
   * page that session rendered.
   */
  private static HttpResponse<String> loginAt(
      int port, String username, String password, String... headers) throws Exception {
    WebClient c = new WebClient(new URL("http://127.0.0.1:" + port + "/"));
    HttpResponse<String> page = c.get("login.xhtml");
    // JSESSIONID and Payara's JSESSIONIDVERSION (the replicated session's version)
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .map(v -> v.split(";", 2)[0])
            .collect(Collectors.joining("; "));
    assertThat(cookie).as(page.headers().map().toString()).contains("JSESSIONID=");
    Map<String, String> form = WebClient.postBack(page, "loginForm");
    form.put("loginForm:username", username);
    form.put("loginForm:password", password);
    form.put("loginForm:login", "");
    List<String> all = new ArrayList<>(List.of("Cookie", cookie));
    all.addAll(List.of(headers));
    return c.post("login.xhtml", form, all.toArray(String[]::new));
  }

  private static Process startNode(String name, int port, int gridPort, String members)
      throws IOException {
    // a fresh root dir: in one left by an earlier run Payara Micro deploys that run's application
    // first and replaces it a minute later, and the new deployment counts executions the old
    // one started as cut off by a killed server
    Path root = DIR.resolve("root-" + name);
    if (Files.exists(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy",
                System.getProperty("casedesk.micro.war", "target/casedesk-micro.war") + ":/",
                "--name",
                name,
                "--port",
                String.valueOf(port),
                "--clustername",
                "casedesk-cluster-test",
                "--clustermode",
                members,
                "--interfaces",
                "127.0.0.1",
                "--startport",
                String.valueOf(gridPort),
                "--rootdir",
                root.toString(),
                "--prebootcommandfile",
                "src/main/payara/micro-cluster-preboot.asadmin",
                "--postdeploycommandfile",
                "src/main/payara/micro-postdeploy.asadmin")
            .redirectErrorStream(true)
            .redirectOutput(log(name).toFile());
    Map<String, String> env = builder.environment();
    // failsafe's environment points CASEDESK_DB_* at the test database
    env.put("CASEDESK_NODE_NAME", name);
    env.put("CASEDESK_PROXY_TRUSTED_ADDRESSES", PROXY);
    env.put("CASEDESK_SESSION_SECURE_COOKIE", "true");
    env.put("CASEDESK_REPORT_NIGHTLY_ENABLED", "true");
    env.put("CASEDESK_REPORT_TICK_MINUTES", "1");
    env.put("CASEDESK_REPORT_NIGHTLY_TIME", "00:00");
    env.put("CASEDESK_REPORT_CATCH_UP_DAYS", String.valueOf(DAYS));
    Process node = builder.start();
    processes.add(node);
    return node;
  }

  private static void awaitLoginPage(Process node, String name, int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant end = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(end)) {
      if (!node.isAlive()) {
        throw new IllegalStateException(name + " ended, see " + log(name));
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("loginForm")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(name + " did not serve its login page, see " + log(name));
  }

  private static boolean bothLogsShowTheLease(String[] names) throws IOException {
    for (String name : names) {
      String log = Files.readString(log(name));
      if (!log.contains("report job tick skipped") && !log.contains("nightly daily-case-report")) {
        return false;
      }
    }
    return true;
  }

  /**
   * nginx on loopback: TLS with the test's certificate, the two nodes as one upstream (sticky by
   * session cookie, the other node when one does not answer), connecting from {@value #PROXY}.
   */
  private static String nginxConf(int https, int[] http) {
    String temp = DIR.resolve("nginx-temp").toString();
    return """
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/nginx-error.log;
        daemon off;
        events { worker_connections 256; }
        http {
          access_log %1$s/nginx-access.log;
          client_body_temp_path %2$s/body;
          proxy_temp_path %2$s/proxy;
          fastcgi_temp_path %2$s/fastcgi;
          uwsgi_temp_path %2$s/uwsgi;
          scgi_temp_path %2$s/scgi;
          upstream casedesk {
            hash $cookie_JSESSIONID consistent;
            server 127.0.0.1:%4$d max_fails=1 fail_timeout=30s;
            server 127.0.0.1:%5$d max_fails=1 fail_timeout=30s;
          }
          server {
            listen 127.0.0.1:%3$d ssl;
            ssl_certificate %1$s/proxy.crt;
            ssl_certificate_key %1$s/proxy.key;
            client_max_body_size 21m;
            location / {
              proxy_pass http://casedesk;
              proxy_bind %6$s;
              proxy_connect_timeout 2s;
              proxy_next_upstream error timeout http_502 http_503;
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_set_header X-Forwarded-Host $http_host;
              add_header %7$s $upstream_addr always;
            }
          }
        }
        """
        .formatted(DIR, temp, https, http[0], http[1], PROXY, UPSTREAM);
  }

  private static SSLContext trusting(Path cert) throws Exception {
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    try (InputStream in = Files.newInputStream(cert)) {
      store.setCertificateEntry(
          "proxy", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, trust.getTrustManagers(), null);
    return ssl;
  }

  private static void run(String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(DIR.resolve(Path.of(command[0]).getFileName() + ".log").toFile())
            .start();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
  }

  private static Path log(String node) {
    return DIR.resolve(node + ".log");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static long jobExecutions() throws SQLException {
    return tableExists("jbatchexecutioninstancedata")
        ? count("select count(*) from jbatchexecutioninstancedata")
        : 0;
  }

  private static boolean tableExists(String table) throws SQLException {
    return count(
            "select count(*) from information_schema.tables where table_name = '" + table + "'")
        > 0;
  }

  private static void update(String sql, Object parameter) throws SQLException {
    try (Connection c = TestData.connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, parameter);
      s.executeUpdate();
    }
  }

  private static long count(String sql) throws SQLException {
    String value = string(sql);
    return value == null ? 0 : Long.parseLong(value);
  }

  private static String string(String sql) throws SQLException {
    try (Connection c = TestData.connect();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
