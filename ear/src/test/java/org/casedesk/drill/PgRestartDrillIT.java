package org.casedesk.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casedesk.drill.DrillServer.checksums;
import static org.casedesk.drill.DrillServer.count;
import static org.casedesk.drill.DrillServer.exit;
import static org.casedesk.drill.DrillServer.status;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casedesk.bench.CaseGenerator;
import org.casedesk.calendar.WorkCalendar;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL restart drill (README, "Fault drills"), on a throwaway cluster of its own that it
 * may stop and start: {@code -Ddrill.pg.data} (its data directory, the test database's server),
 * {@code -Ddrill.pg.bin} (PostgreSQL's bin directory), run as {@code -Ddrill.pg.user} (postgres)
 * with runuser. The database is new, so first the timer's first tick is the batch runtime's first
 * user (the nightly plan at start-up). Then the database is stopped and started while a user works
 * (the failed moment gets the localised message, the next request works without a server restart)
 * and while a full rebuild runs (the execution fails, its restart completes with the facts of an
 * uninterrupted run). Prints {@code DRILL fresh-database …} and {@code DRILL pg-restart …} lines.
 */
class PgRestartDrillIT extends Drill {

  private static final Pattern RESTART_BUTTON =
      Pattern.compile("<button id=\"([^\"]+)\"[^>]*class=\"[^\"]*cd-restart");

  @Test
  void theApplicationOutlivesADatabaseRestart() throws Exception {
    server = new DrillServer("drill-pg");
    // a fresh database: the first tick after start-up (the timer thread) starts the nightly plan
    server.env.put("CASEDESK_REPORT_NIGHTLY_TIME", "00:00");
    server.start("start-0");
    long nightly = awaitExecution();
    DrillServer.awaitFinished(nightly);
    long tickErrors =
        Files.readAllLines(server.log("start-0")).stream()
            .filter(l -> l.contains("tick failed") || l.contains("JBatch"))
            .count();
    System.out.printf(
        "DRILL fresh-database firstUse=timer nightlyExecution=%d status=%s tickErrors=%d%n",
        nightly, exit(nightly), tickErrors);
    assertThat(status(nightly)).isEqualTo("COMPLETED");

    // the tick goes on running the nightly plan: nothing is left for it once the last 31 days
    // have their runs (TestData's cases are today's, not yet reported)
    TestData d = TestData.create();
    int cases = Integer.getInteger("drill.pg.cases", 0);
    if (cases > 0) {
      CaseGenerator.generate(cases);
    }
    LocalDate last = LocalDate.now(WorkCalendar.ZONE).minusDays(1);
    LocalDate first = last.minusYears(3);
    WebClient admin = server.admin(d);
    long reference = DrillServer.startRebuild(admin, first, last);
    DrillServer.awaitFinished(reference);
    Duration whole = DrillServer.runTime(reference);
    List<String> expected = checksums();

    // users at work
    WebClient helpdesk = server.login(d.helpdesk);
    assertThat(helpdesk.get("home.xhtml").statusCode()).isEqualTo(200);
    pg("stop", "-m", "fast");
    HttpResponse<String> down = helpdesk.get("home.xhtml");
    boolean message = down.body().contains("数据库暂时无法连接");
    pg("start", "-w", "-l", pgLog());
    Instant back = Instant.now();
    int after = awaitPage(helpdesk, "home.xhtml");
    long recovered = Duration.between(back, Instant.now()).toMillis();
    System.out.printf(
        "DRILL pg-restart users statusWhileDown=%d localisedMessage=%s statusAfter=%d"
            + " recoveredMs=%d%n",
        down.statusCode(), message, after, recovered);

    // the job
    long cut = DrillServer.startRebuild(admin, first, last);
    Thread.sleep(Math.max(1000, whole.toMillis() / 3));
    boolean wasRunning = DrillServer.isRunning(cut);
    pg("stop", "-m", "fast");
    Thread.sleep(10_000);
    pg("start", "-w", "-l", pgLog());
    awaitPage(admin, "admin/jobs.xhtml");
    // the runtime cannot write the failure into the database that is away (its repository is
    // there too): the tick after it is back marks it FAILED/CRASHED and resumes it
    DrillServer.awaitFinished(cut);
    String failed = exit(cut);
    long restarted =
        failed.endsWith("CRASHED") ? DrillServer.awaitResumption(cut) : restartOnScreen(admin, cut);
    DrillServer.awaitFinished(restarted);
    List<String> facts = checksums();
    String since = " from report_run where execution_id >= " + cut;
    long days = count("select count(distinct report_day)" + since);
    long runRows = count("select count(*)" + since);
    boolean identical = facts.equals(expected);
    System.out.printf(
        "DRILL pg-restart job wasRunning=%s cut=%d %s restarted=%d %s daysRun=%d runRows=%d"
            + " identical=%s%n",
        wasRunning, cut, failed, restarted, exit(restarted), days, runRows, identical);

    assertThat(message).as("the localised message while the database is down").isTrue();
    assertThat(after).isEqualTo(200);
    assertThat(failed).startsWith("FAILED");
    assertThat(status(restarted)).isEqualTo("COMPLETED");
    assertThat(identical).isTrue();
    assertThat(runRows).isEqualTo(days);
  }

  /** The first execution the timer starts, within the first ticks after start-up. */
  private static long awaitExecution() throws Exception {
    Instant end = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end)) {
      long id = DrillServer.newestExecution();
      if (id > 0) {
        return id;
      }
      Thread.sleep(2000);
    }
    throw new AssertionError("the timer started no nightly run, see " + server.log("start-0"));
  }

  /** Asks for {@code page} until it answers 200 (at most two minutes); its last status. */
  private static int awaitPage(WebClient client, String page) throws Exception {
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    int status;
    do {
      status = client.get(page).statusCode();
      if (status != 200) {
        Thread.sleep(500);
      }
    } while (status != 200 && Instant.now().isBefore(end));
    return status;
  }

  /** The restart button of {@code execution} on the job screen; the new execution. */
  private static long restartOnScreen(WebClient admin, long execution) throws Exception {
    long before = DrillServer.newestExecution();
    HttpResponse<String> page = admin.get("admin/jobs.xhtml");
    Matcher button = RESTART_BUTTON.matcher(page.body());
    assertThat(button.find()).as("a restart button for " + execution).isTrue();
    Map<String, String> form = WebClient.postBack(page, "jobsForm");
    form.put(button.group(1), button.group(1));
    assertThat(admin.post("admin/jobs.xhtml", form).statusCode()).isEqualTo(200);
    long id = DrillServer.newestExecution();
    assertThat(id).as("the restart").isGreaterThan(before);
    return id;
  }

  /** Beside the cluster's data directory, where its owner may write. */
  private static String pgLog() {
    return Path.of(System.getProperty("drill.pg.data")).resolveSibling("drill.log").toString();
  }

  /** pg_ctl on the drill's own cluster, as its owner. */
  private static void pg(String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(
          List.of("runuser", "-u", System.getProperty("drill.pg.user", "postgres"), "--"));
    }
    command.add(System.getProperty("drill.pg.bin", "/usr/lib/postgresql/15/bin") + "/pg_ctl");
    command.add("-D");
    command.add(System.getProperty("drill.pg.data"));
    command.addAll(List.of(arguments));
    Process p = new ProcessBuilder(command).inheritIO().start();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
  }
}
