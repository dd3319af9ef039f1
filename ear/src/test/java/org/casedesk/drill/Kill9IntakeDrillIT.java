package org.casedesk.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casedesk.it.support.ApiClients;
import org.casedesk.it.support.TestData;
import org.casedesk.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The kill -9 drill during case intake under load (README, "Fault drills"): {@code
 * drill.intake.clients} (20) concurrent Open311 clients post registrations through the real
 * endpoint, each with its own number ({@code service_request_id_ext}); the server is killed with
 * SIGKILL at a random moment and started again, {@code drill.intake.runs} (3) times. Every
 * registration whose answer named a case number must exist as that case, none twice. Prints {@code
 * DRILL kill9-intake acknowledged=N found=N doubled=0}.
 */
class Kill9IntakeDrillIT extends Drill {

  private static final Pattern CASE_NUMBER = Pattern.compile("\"service_request_id\":\"([^\"]+)\"");

  @Test
  void everyAcknowledgedRegistrationExistsOnceAfterAKill() throws Exception {
    int runs = Integer.getInteger("drill.intake.runs", 3);
    int clients = Integer.getInteger("drill.intake.clients", 20);
    server = new DrillServer("drill-intake");
    server.start("start-0");
    TestData d = TestData.create();
    String client = "演练平台" + d.suffix;
    String key = ApiClients.create(client, "ONLINE", 10_000_000);
    long[] flats = {d.flat, d.neighbourFlat, d.oldFlat, d.otherFlat};
    Random random = new Random();
    Map<String, String> acknowledged = new ConcurrentHashMap<>(); // own number -> case number
    AtomicLong sequence = new AtomicLong();
    for (int run = 1; run <= runs; run++) {
      int before = acknowledged.size();
      AtomicBoolean killed = new AtomicBoolean();
      AtomicLong refused = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      for (int c = 0; c < clients; c++) {
        WebClient api = new WebClient(new URL(server.base()));
        pool.submit(
            () -> {
              while (!killed.get()) {
                String ext = "K9-" + d.suffix + "-" + sequence.incrementAndGet();
                Map<String, String> form =
                    Map.of(
                        "api_key",
                        key,
                        "service_code",
                        "NOISE",
                        "address_id",
                        String.valueOf(flats[ext.hashCode() & 3]),
                        "description",
                        "演练诉求 " + ext,
                        "service_request_id_ext",
                        ext);
                try {
                  HttpResponse<String> r = api.post("open311/v2/requests.json", form);
                  Matcher m = CASE_NUMBER.matcher(r.body());
                  if (r.statusCode() == 200 && m.find()) {
                    acknowledged.put(ext, m.group(1));
                  } else {
                    refused.incrementAndGet();
                  }
                } catch (Exception cutOff) {
                  refused.incrementAndGet(); // no answer: not acknowledged
                }
              }
              return null;
            });
      }
      long at = 5_000 + random.nextInt(15_000);
      Thread.sleep(at);
      server.kill();
      killed.set(true);
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      server.rootDirForRun(run);
      server.start("start-" + run);
      System.out.printf(
          "DRILL kill9-intake run=%d rootdir=%s killedAfterMs=%d acknowledged=%d unanswered=%d%n",
          run, server.rootDir(), at, acknowledged.size() - before, refused.get());
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> a : acknowledged.entrySet()) {
      long found =
          TestData.queryLong(
              "select count(*) from open311_request o join work_case c on c.id = o.case_id"
                  + " where o.service_request_id_ext = ? and c.case_no = ?",
              a.getKey(),
              a.getValue());
      if (found != 1) {
        missing.add(a.getKey() + "=" + a.getValue());
      }
    }
    String ours =
        " from open311_request o join api_client a on a.id = o.client_id where a.name = ?";
    long doubled =
        TestData.queryLong(
            "select count(*) from (select o.service_request_id_ext"
                + ours
                + " group by o.service_request_id_ext having count(*) > 1) t",
            client);
    long stored = TestData.queryLong("select count(*)" + ours, client);
    System.out.printf(
        "DRILL kill9-intake acknowledged=%d found=%d doubled=%d stored=%d%n",
        acknowledged.size(), acknowledged.size() - missing.size(), doubled, stored);
    assertThat(missing).as("acknowledged, not found once").isEmpty();
    assertThat(doubled).isZero();
    assertThat(acknowledged).isNotEmpty();
  }
}
