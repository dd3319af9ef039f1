package org.casedesk.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.casedesk.drill.DrillServer;

/**
 * The server side of a load test: Payara Micro started as its own process on the benchmark database
 * ({@code -Dtest.db.url}…, as the drills start it), or an already running one named by {@code
 * -Dload.url}; its memory from {@code /proc/<pid>/status} at the end.
 */
final class LoadRun {

  /** The steady phase of every virtual user ({@code -Dload.seconds}, default 300). */
  static final Duration DURATION = Duration.ofSeconds(Long.getLong("load.seconds", 300));

  /** How long the users take to arrive ({@code -Dload.rampSeconds}, default 30). */
  static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 30));

  private final DrillServer server;
  private final String base;

  LoadRun(String name) {
    String url = System.getProperty("load.url", "");
    try {
      server = url.isBlank() ? new DrillServer("load-" + name) : null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    base = server == null ? (url.endsWith("/") ? url : url + "/") : server.base();
    if (server != null) {
      // what failsafe's environment gives the drills
      server.env.put("CASEDESK_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
      server.env.put("CASEDESK_DB_URL", System.getProperty("test.db.url"));
      server.env.put("CASEDESK_DB_USER", System.getProperty("test.db.user"));
      server.env.put("CASEDESK_DB_PASSWORD", System.getProperty("test.db.password"));
      server.env.put("CASEDESK_REPORT_NIGHTLY_ENABLED", "false");
      server.env.put("CASEDESK_REPORT_TICK_MINUTES", "60");
    }
  }

  String base() {
    return base;
  }

  /** Starts the server (unless {@code -Dload.url}) and waits for its login page. */
  void start(String name) {
    if (server == null) {
      return;
    }
    long t0 = System.nanoTime();
    try {
      server.start(name);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    System.out.printf(
        Locale.ROOT,
        "Payara Micro (pid %d) served its login page after %.1f s, log %s%n",
        server.pid(),
        (System.nanoTime() - t0) / 1e9,
        server.log(name));
  }

  /** Prints the server's peak and current resident memory as BENCH lines, then stops it. */
  void stop(String prefix) {
    if (server == null) {
      return;
    }
    try {
      String status = Files.readString(Path.of("/proc/" + server.pid() + "/status"));
      for (String line : status.split("\n")) {
        if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          String name = line.startsWith("VmHWM:") ? "rss.peak" : "rss.end";
          System.out.printf(Locale.ROOT, "BENCH %s.%s %.0f MB%n", prefix, name, kb / 1024.0);
        }
      }
      server.stop();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
