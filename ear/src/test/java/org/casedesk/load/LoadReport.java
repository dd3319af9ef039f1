package org.casedesk.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * After the simulations (profile {@code load}): prints each request's p50/p95/p99 and errors from
 * the newest Gatling report of each simulation ({@code js/stats.json}) as {@code BENCH
 * load.<request>.…} lines, and the load average.
 */
public final class LoadReport {

  private LoadReport() {}

  public static void main(String[] args) throws IOException {
    Path gatling = Path.of(args.length > 0 ? args[0] : "target/gatling");
    for (String simulation : new String[] {"helpdesksimulation", "open311simulation"}) {
      try (Stream<Path> runs = Files.list(gatling)) {
        Path newest =
            runs.filter(p -> p.getFileName().toString().startsWith(simulation))
                .filter(p -> Files.exists(p.resolve("js/stats.json")))
                .max(Comparator.comparing(Path::getFileName))
                .orElse(null);
        if (newest == null) {
          continue;
        }
        System.out.println("Gatling report " + newest);
        try (Reader in = Files.newBufferedReader(newest.resolve("js/stats.json"));
            JsonReader json = Json.createReader(in)) {
          JsonObject all = json.readObject();
          print(
              all.getJsonObject("stats"), simulation.startsWith("open311") ? "open311.all" : "all");
          JsonObject contents = all.getJsonObject("contents");
          for (String request : contents.keySet()) {
            JsonObject stats = contents.getJsonObject(request).getJsonObject("stats");
            print(stats, stats.getString("name"));
          }
        }
      }
    }
    var os = ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        Locale.ROOT,
        "BENCH load.load %.2f load/%dcores%n",
        os.getSystemLoadAverage(),
        os.getAvailableProcessors());
  }

  private static void print(JsonObject stats, String name) {
    String prefix = "BENCH load." + name;
    JsonObject count = stats.getJsonObject("numberOfRequests");
    System.out.printf(Locale.ROOT, "%s.requests %d%n", prefix, count.getInt("total"));
    System.out.printf(Locale.ROOT, "%s.p50 %d ms%n", prefix, total(stats, "percentiles1"));
    System.out.printf(Locale.ROOT, "%s.p95 %d ms%n", prefix, total(stats, "percentiles3"));
    System.out.printf(Locale.ROOT, "%s.p99 %d ms%n", prefix, total(stats, "percentiles4"));
    System.out.printf(Locale.ROOT, "%s.errors %d%n", prefix, count.getInt("ko"));
    System.out.printf(
        Locale.ROOT,
        "%s.throughput %.1f req/s%n",
        prefix,
        stats.getJsonObject("meanNumberOfRequestsPerSecond").getJsonNumber("total").doubleValue());
  }

  private static int total(JsonObject stats, String key) {
    return stats.getJsonObject(key).getInt("total");
  }
}
