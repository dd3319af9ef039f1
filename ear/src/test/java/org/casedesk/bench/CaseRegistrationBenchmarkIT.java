package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.casedesk.cases.IntakeService;
import org.casedesk.cases.RegisterCase;
import org.casedesk.categories.Channel;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.Login;
import org.casedesk.it.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (profile {@code benchmark}): cases registered per second through {@link
 * IntakeService#register}, one transaction each, on whatever the database already holds.
 */
@ExtendWith(ArquillianExtension.class)
class CaseRegistrationBenchmarkIT {

  private static final int WARM_UP = 200;
  private static final int RUNS = 2_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.microWarWithSupport(CaseRegistrationBenchmarkIT.class);
  }

  @Inject private IntakeService intake;
  @Inject private Login login;

  @Test
  void registrationsPerSecond() {
    TestData d = TestData.create();
    login.as(d.helpdesk);
    for (int i = 0; i < WARM_UP; i++) {
      register(d, i);
    }
    long start = System.nanoTime();
    for (int i = 0; i < RUNS; i++) {
      register(d, i);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long total = TestData.queryLong("select count(*) from work_case where ? = 1", 1);
    System.out.printf(
        "%nCase registration through IntakeService: %,d cases in %.1f s = %.0f cases/s"
            + " (one thread, database holds %,d cases)%n",
        RUNS, seconds, RUNS / seconds, total);
    Bench.print("register.throughput", RUNS / seconds, "cases/s");
    Bench.print("register.cases", total, "cases");
    Bench.printLoad("register");
    assertThat(TestData.queryLong("select count(*) from work_case where grid_id = ?", d.grid))
        .isEqualTo(WARM_UP + RUNS);
  }

  private void register(TestData d, int i) {
    intake.register(
        new RegisterCase(null, null, d.flat, d.categoryWater, Channel.PHONE, "性能测试诉求 " + i, true));
  }
}
