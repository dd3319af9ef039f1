package org.casedesk.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casedesk.bench.CaseGenerator;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The kill -9 drill (README, "Fault drills"), as an operator would do it: Payara Micro as its own
 * process on the test PostgreSQL with generated cases, with a fixed {@code --rootdir} and the start
 * command of the README. A full rebuild started on the job screen runs once uninterrupted (the
 * reference: a checksum of every fact table), then {@code drill.runs} times again, each time killed
 * with SIGKILL at a random moment of it and started again with the same command; the first tick
 * after the start (every minute here) must recover the cut-off execution, and the facts must equal
 * the reference, with every day's run committed once. Prints {@code DRILL kill9 runs=N
 * identical=M}.
 */
class Kill9DrillIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);

  /** The fact tables, each without the column that names the execution that wrote a row. */
  private static final List<String> FACT_TABLES =
      List.of("report_daily", "report_daily_late", "report_case_fact");

  private static Process micro;
  private static Path dir;
  private static int port;

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.destroy();
      if (!micro.waitFor(60, TimeUnit.SECONDS)) {
        micro.destroyForcibly();
      }
    }
  }

  @Test
  void aKilledRebuildIsRecoveredAtTheFirstTickAfterARestartWithIdenticalFacts() throws Exception {
    int runs = Integer.getInteger("drill.runs", 10);
    int cases = Integer.getInteger("drill.cases", 300_000);
    dir = Files.createTempDirectory("casedesk-drill");
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    start("start-0");
    TestData d = TestData.create(); // an ADMIN, and flats and handlers for the generated cases
    long existing = count("select count(*) from work_case");
    if (existing < cases) {
      CaseGenerator.generate((int) (cases - existing));
    }
    LocalDate first = LocalDate.parse(string("select min(accepted_at)::date::text from work_case"));
    LocalDate last = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    System.out.printf(
        "DRILL kill9 setup cases=%d days=%d (%s..%s) rootdir=%s%n",
        count("select count(*) from work_case"), days, first, last, dir.resolve("root"));

    WebClient admin = admin(d);
    long reference = startRebuild(admin, first, last);
    awaitFinished(reference);
    // the execution's own run time, as the job repository recorded it
    Duration whole =
        Duration.ofMillis(
            count(
                "select (extract(epoch from endtime - starttime) * 1000)::bigint from"
                    + " jbatchexecutioninstancedata where jobexecid = "
                    + reference));
    assertThat(status(reference)).isEqualTo("COMPLETED");
    List<String> expected = checksums();
    System.out.printf(
        "DRILL kill9 reference execution=%d seconds=%d %s%n",
        reference, whole.toSeconds(), expected);

    Random random = new Random();
    int identical = 0;
    for (int run = 1; run <= runs; run++) {
      admin = admin(d);
      long cut = startRebuild(admin, first, last);
      double at = 0.1 + 0.7 * random.nextDouble();
      Thread.sleep((long) (whole.toMillis() * at));
      long committed = count("select count(*) from report_run where execution_id = " + cut);
      if (!List.of("STARTING", "STARTED").contains(status(cut))) { // ended before the kill
        System.out.printf("DRILL kill9 run=%d ended before the kill, run again%n", run--);
        awaitFinished(cut);
        continue;
      }
      micro.destroyForcibly(); // SIGKILL
      micro.waitFor();
      String before = status(cut);
      Instant restart = Instant.now();
      start("start-" + run);
      long resumed = awaitResumption(cut);
      Duration recovery = Duration.between(restart, Instant.now());
      long executions =
          count("select count(*) from jbatchexecutioninstancedata where jobexecid > " + cut);
      List<String> facts = checksums();
      // the days' runs since the kill: each day committed exactly once by one of the executions
      String since = " from report_run where execution_id >= " + cut;
      long daysRun = count("select count(distinct report_day)" + since);
      long runRows = count("select count(*)" + since);
      String screen = admin(d).get("admin/jobs.xhtml").body();
      boolean same =
          facts.equals(expected)
              && daysRun == days
              && runRows == days
              && "FAILED/CRASHED".equals(exit(cut))
              && "COMPLETED".equals(status(resumed))
              && screen.contains("续跑 #");
      identical += same ? 1 : 0;
      System.out.printf(
          "DRILL kill9 run=%d killedAt=%.0f%% status=%s committedDays=%d cut=%d resumed=%d"
              + " executionsAfter=%d daysRun=%d runRows=%d recoverySeconds=%d identical=%s%n",
          run,
          at * 100,
          before,
          committed,
          cut,
          resumed,
          executions,
          daysRun,
          runRows,
          recovery.toSeconds(),
          same);
      if (!same) {
        System.out.printf("DRILL kill9 run=%d facts %s%n", run, facts);
      }
    }
    System.out.printf("DRILL kill9 runs=%d identical=%d%n", runs, identical);
    assertThat(identical).as("server log in " + dir).isEqualTo(runs);
  }

  /** Starts Payara Micro as the README's production command does, with the drill's root dir. */
  private static void start(String name) throws Exception {
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy",
                System.getProperty("casedesk.micro.war", "target/casedesk-micro.war") + ":/",
                "--port",
                String.valueOf(port),
                "--rootdir",
                dir.resolve("root").toString(),
                "--prebootcommandfile",
                "src/main/payara/micro-preboot.asadmin",
                "--postdeploycommandfile",
                "src/main/payara/micro-postdeploy.asadmin")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    // failsafe's environment points CASEDESK_DB_* at the test database; the tick recovers
    // every minute, and the nightly plan (after 23:59) stays out of the drill's way
    env.put("CASEDESK_REPORT_NIGHTLY_ENABLED", "true");
    env.put("CASEDESK_REPORT_TICK_MINUTES", "1");
    env.put("CASEDESK_REPORT_NIGHTLY_TIME", "23:59");
    micro = builder.start();
    HttpClient http = HttpClient.newHttpClient();
    Instant end = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(end)) {
      if (!micro.isAlive()) {
        throw new IllegalStateException("Payara Micro ended, see " + log);
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base() + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("loginForm")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Payara Micro did not serve its login page, see " + log);
  }

  private static String base() {
    return "http://127.0.0.1:" + port + "/";
  }

  private static WebClient admin(TestData d) throws Exception {
    WebClient client = new WebClient(new URL(base()));
    assertThat(client.login(d.admin, TestData.PASSWORD).statusCode()).isEqualTo(302);
    HttpResponse<String> jobs = client.get("admin/jobs.xhtml");
    assertThat(jobs.statusCode()).as("the job screen").isEqualTo(200);
    return client;
  }

  /** A full rebuild from the job screen (form post of its start button); the new execution. */
  private static long startRebuild(WebClient admin, LocalDate from, LocalDate to) throws Exception {
    long before = count("select coalesce(max(jobexecid), 0) from jbatchexecutioninstancedata");
    Map<String, String> form = WebClient.postBack(admin.get("admin/jobs.xhtml"), "jobsForm");
    form.put("jobsForm:from_input", from.toString());
    form.put("jobsForm:to_input", to.toString());
    form.put("jobsForm:start", "jobsForm:start");
    assertThat(admin.post("admin/jobs.xhtml", form).statusCode()).isEqualTo(200);
    long id = count("select coalesce(max(jobexecid), 0) from jbatchexecutioninstancedata");
    assertThat(id).as("a new execution").isGreaterThan(before);
    return id;
  }

  /**
   * The execution that finally resumed {@code cut}: the newest one after it, once none after it is
   * running. (At a restart with a fixed root dir the previous deployment runs for a while first; a
   * resumption it starts is cut off in turn when the new deployment replaces it, and resumed
   * again.)
   */
  private static long awaitResumption(long cut) throws Exception {
    Instant end = Instant.now().plus(RUN_TIMEOUT);
    String after = " from jbatchexecutioninstancedata where jobexecid > " + cut;
    while (Instant.now().isBefore(end)) {
      long newest = count("select coalesce(max(jobexecid), 0)" + after);
      long running =
          count("select count(*)" + after + " and batchstatus in ('STARTING', 'STARTED')");
      if ("FAILED/CRASHED".equals(exit(cut)) && newest > 0 && running == 0) {
        return newest;
      }
      Thread.sleep(2000);
    }
    throw new AssertionError("execution " + cut + " was not recovered, status " + exit(cut));
  }

  private static void awaitFinished(long execution) throws Exception {
    Instant end = Instant.now().plus(RUN_TIMEOUT);
    while (Instant.now().isBefore(end)) {
      String status = status(execution);
      if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("execution " + execution + " did not finish");
  }

  private static String status(long execution) throws SQLException {
    return string(
        "select batchstatus from jbatchexecutioninstancedata where jobexecid = " + execution);
  }

  private static String exit(long execution) throws SQLException {
    return string(
        "select batchstatus || '/' || coalesce(exitstatus, '') from jbatchexecutioninstancedata"
            + " where jobexecid = "
            + execution);
  }

  /** Per fact table: its row count and an md5 of all its rows in order, execution ids left out. */
  private static List<String> checksums() throws SQLException {
    List<String> sums = new ArrayList<>();
    for (String table : FACT_TABLES) {
      String columns =
          string(
              "select string_agg(column_name, ', ' order by ordinal_position) from"
                  + " information_schema.columns where table_name = '"
                  + table
                  + "' and column_name <> 'execution_id'");
      sums.add(
          table
              + "="
              + string(
                  "select count(*) || ':' || coalesce(md5(string_agg(r, '|' order by r)), '-')"
                      + " from (select ("
                      + columns
                      + ")::text as r from "
                      + table
                      + ") t"));
    }
    return sums;
  }

  private static long count(String sql) throws SQLException {
    return Long.parseLong(string(sql));
  }

  private static String string(String sql) throws SQLException {
    try (Connection c = TestData.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
