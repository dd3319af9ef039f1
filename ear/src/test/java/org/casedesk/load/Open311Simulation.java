package org.casedesk.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.atomic.AtomicLong;
import org.casedesk.it.support.ApiClients;
import org.casedesk.it.support.TestData;

/**
 * Open311 {@code POST requests} from {@code -Dload.open311.clients} (50) concurrent clients, each
 * posting again as soon as it has its answer, for {@code -Dload.open311.seconds} (default {@code
 * -Dload.seconds}): every request a case registered and dispatched through the intake, checked for
 * status 200 and a case number.
 */
public class Open311Simulation extends Simulation {

  private static final int CLIENTS = Integer.getInteger("load.open311.clients", 50);
  private static final java.time.Duration DURATION =
      java.time.Duration.ofSeconds(
          Long.getLong("load.open311.seconds", LoadRun.DURATION.toSeconds()));
  private static final String[] SERVICES = {"NOISE", "GARBAGE", "STREET_LIGHT", "CORRIDOR"};

  private final LoadRun run = new LoadRun("open311");
  private final TestData d = TestData.create();
  private final String key = ApiClients.create("压测平台" + d.suffix, "ONLINE", 10_000_000);
  private final long[] flats = {d.flat, d.neighbourFlat, d.oldFlat, d.otherFlat};
  private final AtomicLong sequence = new AtomicLong();

  {
    ScenarioBuilder clients =
        scenario("open311 clients")
            .during(DURATION)
            .on(
                exec(session -> {
                      long i = sequence.incrementAndGet();
                      return session
                          .set("service", SERVICES[(int) (i % SERVICES.length)])
                          .set("flat", flats[(int) (i % flats.length)])
                          .set("i", i);
                    })
                    .exec(
                        http("open311.post")
                            .post("open311/v2/requests.json")
                            .formParam("api_key", key)
                            .formParam("service_code", "#{service}")
                            .formParam("address_id", "#{flat}")
                            .formParam("description", "压测诉求 #{i} 路灯不亮")
                            .formParam("service_request_id_ext", "L-" + d.suffix + "-#{i}")
                            .check(
                                status().is(200), jsonPath("$[0].service_request_id").exists())));
    setUp(clients.injectOpen(rampUsers(CLIENTS).during(LoadRun.RAMP)))
        .protocols(http.baseUrl(run.base()).acceptHeader("application/json"));
  }

  @Override
  public void before() {
    run.start("open311");
  }

  @Override
  public void after() {
    run.stop("load.open311");
  }
}
