package org.casedesk.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The machine-readable figures of every benchmark: lines {@code BENCH <name> <value> <unit>}, so
 * runs can be compared with {@code grep ^BENCH}. Each benchmark also prints the load average with
 * its figures (the machine's cores are shared).
 */
final class Bench {

  private Bench() {}

  /** Prints one figure, e.g. {@code BENCH report.rebuild.ratio 1.42 x}. */
  static void print(String name, double value, String unit) {
    System.out.println(String.format(Locale.ROOT, "BENCH %s %.2f %s", name, value, unit).trim());
  }

  /** Prints the one-minute load average and the number of cores as {@code <prefix>.load}. */
  static void printLoad(String prefix) {
    var os = ManagementFactory.getOperatingSystemMXBean();
    print(
        prefix + ".load",
        os.getSystemLoadAverage(),
        "load/" + os.getAvailableProcessors() + "cores");
  }

  /** The {@code p}-th percentile (0–100) of sorted values. */
  static double percentile(double[] sorted, double p) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * p / 100) - 1)];
  }
}
