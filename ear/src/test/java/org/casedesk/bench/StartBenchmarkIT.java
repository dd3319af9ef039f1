package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casedesk.drill.DrillServer;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (profile {@code benchmark}): how long CaseDesk takes to start. (1) The
 * built Micro WAR on the test database, as the production command starts it: Payara Micro's own
 * "ready in" time and the time to its login page. (2) The README's start command, {@code mvn
 * -Pstart package} in the project's root with the Maven repository of this build (warm), on an H2
 * database in a new directory: first start (demo data loaded) and a second start on the same
 * database; each the time from the command to its login page. Prints {@code BENCH start.…} lines.
 */
class StartBenchmarkIT {

  private static final Pattern READY =
      Pattern.compile("Payara Micro .* ready in ([\\d,]+) \\(ms\\)");
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  @Test
  void startTimes() throws Exception {
    Bench.printLoad("start.before");
    DrillServer micro = new DrillServer("start");
    micro.env.put("CASEDESK_REPORT_NIGHTLY_ENABLED", "false");
    long t0 = System.nanoTime();
    micro.start("micro");
    double login = (System.nanoTime() - t0) / 1e9;
    micro.stop();
    Bench.print("start.micro.ready", readyMillis(micro.log("micro")) / 1000.0, "s");
    Bench.print("start.micro.login", login, "s");

    Path dir = Files.createTempDirectory("casedesk-start");
    double first = startCommand(dir, "first");
    double second = startCommand(dir, "second");
    Bench.print("start.command.first", first, "s");
    Bench.print("start.command.warm", second, "s");
    Bench.printLoad("start.after");
    assertThat(first).isPositive();
  }

  /** Payara Micro's own start-up time, from its "ready in N (ms)" line. */
  private static long readyMillis(Path log) throws IOException {
    Matcher m = READY.matcher(Files.readString(log));
    assertThat(m.find()).as("a ready line in " + log).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  /**
   * Runs the README's start command (offline, this build's Maven repository, a free port, H2 in
   * {@code dir}) until its login page answers; the seconds it took. Then ends it and its Java.
   */
  private static double startCommand(Path dir, String name) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-o", "-Pstart", "package"));
    command.add("-Dmaven.repo.local=" + mavenRepository());
    command.add("-Dstart.port=" + port);
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(Path.of("..").toAbsolutePath().normalize().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("CASEDESK_"));
    builder.environment().put("CASEDESK_DB_URL", "jdbc:h2:" + dir.resolve("casedesk"));
    long t0 = System.nanoTime();
    Process mvn = builder.start();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.xhtml")).build();
    try {
      while (System.nanoTime() - t0 < TIMEOUT.toNanos()) {
        assertThat(mvn.isAlive()).as("the start command ended, see " + log).isTrue();
        try {
          HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200 && r.body().contains("loginForm")) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                "start command (%s): login page after %.1f s, log %s%n", name, seconds, log);
            return seconds;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(250);
      }
      throw new AssertionError("no login page within " + TIMEOUT + ", see " + log);
    } finally {
      List<ProcessHandle> tree = mvn.descendants().toList();
      tree.forEach(ProcessHandle::destroy);
      mvn.destroy();
      mvn.waitFor();
      for (ProcessHandle p : tree) {
        try {
          p.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          p.destroyForcibly();
        }
      }
    }
  }

  /** The Maven repository this build runs from (where JUnit's jar was found). */
  private static String mavenRepository() {
    String jar = Test.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    return jar.substring(0, jar.indexOf("/org/junit/"));
  }
}
