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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;

/**
 * Payara Micro as its own process, started as the README's production command does (a fixed {@code
 * --rootdir}, the pre-boot and post-deploy files), on the test database, for the fault drills; and
 * what the drills read from the job repository and the fact tables.
 */
public final class DrillServer {

  /**
   * How long a start may take: a restart with a fixed root dir deploys twice (the previous
   * deployment, then the new one), and on a loaded machine that took more than 6 minutes.
   */
  static final Duration START_TIMEOUT = Duration.ofMinutes(Long.getLong("drill.start.minutes", 15));

  public static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);

  /** The fact tables, each without the column that names the execution that wrote a row. */
  private static final List<String> FACT_TABLES =
      List.of("report_daily", "report_daily_late", "report_case_fact");

  final Path dir;
  final int port;
  private Process micro;

  /**
   * Whether the next start has the fixed {@code --rootdir} of a production install (the previous
   * deployment is loaded first, then replaced), or none (Payara Micro's own temporary one).
   */
  boolean fixedRootDir = true;

  /**
   * The settings of every start: the timer ticks every minute, and the nightly plan (after 23:59)
   * stays out of the way unless a drill sets another time.
   */
  public final Map<String, String> env = new HashMap<>();

  public DrillServer(String name) throws IOException {
    dir = Files.createTempDirectory("casedesk-" + name);
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    env.put("CASEDESK_REPORT_NIGHTLY_ENABLED", "true");
    env.put("CASEDESK_REPORT_TICK_MINUTES", "1");
    env.put("CASEDESK_REPORT_NIGHTLY_TIME", "23:59");
  }

  /**
   * The restart after kill {@code run} (from 1) with a fixed root dir or none, by {@code
   * -Ddrill.rootdir}: {@code fixed} (the default), {@code none}, or {@code alternate} (fixed for
   * odd runs, none for even ones).
   */
  void rootDirForRun(int run) {
    String mode = System.getProperty("drill.rootdir", "fixed");
    fixedRootDir = "fixed".equals(mode) || ("alternate".equals(mode) && run % 2 == 1);
  }

  /** "fixed" or "none", for the DRILL lines. */
  String rootDir() {
    return fixedRootDir ? "fixed" : "none";
  }

  /** Starts it and waits until it serves its login page; {@code name} names its log file. */
  public void start(String name) throws Exception {
    Path log = log(name);
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy",
                System.getProperty("casedesk.micro.war", "target/casedesk-micro.war") + ":/",
                "--port",
                String.valueOf(port),
                "--prebootcommandfile",
                "src/main/payara/micro-preboot.asadmin",
                "--postdeploycommandfile",
                "src/main/payara/micro-postdeploy.asadmin"));
    if (fixedRootDir) {
      command.addAll(List.of("--rootdir", dir.resolve("root").toString()));
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // failsafe's environment points CASEDESK_DB_* at the test database
    builder.environment().putAll(env);
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

  public Path log(String name) {
    return dir.resolve(name + ".log");
  }

  /** SIGKILL, as {@code kill -9} does. */
  void kill() throws InterruptedException {
    micro.destroyForcibly();
    micro.waitFor();
  }

  /** The process id of the Micro JVM (the load test reads its memory from /proc). */
  public long pid() {
    return micro.pid();
  }

  /** A normal stop, at the end of a drill. */
  public void stop() throws InterruptedException {
    if (micro != null && micro.isAlive()) {
      micro.destroy();
      if (!micro.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  public String base() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** A signed-in client of {@code user}. */
  WebClient login(String user) throws Exception {
    WebClient client = new WebClient(new URL(base()));
    assertThat(client.login(user, TestData.PASSWORD).statusCode()).isEqualTo(302);
    return client;
  }

  /** A signed-in ADMIN that has opened the job screen. */
  WebClient admin(TestData d) throws Exception {
    WebClient client = login(d.admin);
    HttpResponse<String> jobs = client.get("admin/jobs.xhtml");
    assertThat(jobs.statusCode()).as("the job screen").isEqualTo(200);
    return client;
  }

  /** A full rebuild from the job screen (form post of its start button); the new execution. */
  static long startRebuild(WebClient admin, LocalDate from, LocalDate to) throws Exception {
    long before = newestExecution();
    Map<String, String> form = WebClient.postBack(admin.get("admin/jobs.xhtml"), "jobsForm");
    form.put("jobsForm:from_input", from.toString());
    form.put("jobsForm:to_input", to.toString());
    form.put("jobsForm:start", "jobsForm:start");
    assertThat(admin.post("admin/jobs.xhtml", form).statusCode()).isEqualTo(200);
    long id = newestExecution();
    assertThat(id).as("a new execution").isGreaterThan(before);
    return id;
  }

  public static long newestExecution() throws SQLException {
    return count("select coalesce(max(jobexecid), 0) from jbatchexecutioninstancedata");
  }

  /** The execution's own run time, as the job repository recorded it. */
  public static Duration runTime(long execution) throws SQLException {
    return Duration.ofMillis(
        count(
            "select (extract(epoch from endtime - starttime) * 1000)::bigint from"
                + " jbatchexecutioninstancedata where jobexecid = "
                + execution));
  }

  /**
   * The execution that finally resumed {@code cut}: the newest one after it, once none after it is
   * running. (At a restart with a fixed root dir the previous deployment runs for a while first; a
   * resumption it starts is cut off in turn when the new deployment replaces it, and resumed
   * again.)
   */
  public static long awaitResumption(long cut) throws Exception {
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

  public static void awaitFinished(long execution) throws Exception {
    Instant end = Instant.now().plus(RUN_TIMEOUT);
    while (Instant.now().isBefore(end)) {
      if (isFinished(status(execution))) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("execution " + execution + " did not finish");
  }

  static boolean isFinished(String status) {
    return List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status);
  }

  public static boolean isRunning(long execution) throws SQLException {
    return List.of("STARTING", "STARTED").contains(status(execution));
  }

  public static String status(long execution) throws SQLException {
    return string(
        "select batchstatus from jbatchexecutioninstancedata where jobexecid = " + execution);
  }

  public static String exit(long execution) throws SQLException {
    return string(
        "select batchstatus || '/' || coalesce(exitstatus, '') from jbatchexecutioninstancedata"
            + " where jobexecid = "
            + execution);
  }

  /** Per fact table: its row count and an md5 of all its rows in order, execution ids left out. */
  public static List<String> checksums() throws SQLException {
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

  static long count(String sql) throws SQLException {
    return Long.parseLong(string(sql));
  }

  static String string(String sql) throws SQLException {
    try (Connection c = TestData.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }
}
