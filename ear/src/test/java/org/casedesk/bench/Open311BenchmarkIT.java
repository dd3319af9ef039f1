package org.casedesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.casedesk.it.support.ApiClients;
import org.casedesk.it.support.Deployments;
import org.casedesk.it.support.TestData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (profile {@code benchmark}): Open311 POST requests from {@code
 * -Dbench.open311.clients} (50) concurrent clients for {@code -Dbench.open311.seconds} (60) over
 * loopback HTTP, each a case registered and dispatched through the intake. Prints throughput,
 * p50/p95/p99/max latency and errors as {@code BENCH open311.post.…} lines.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class Open311BenchmarkIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.microWar();
  }

  /** The first refused or failed request, to tell why (status and body, or the exception). */
  private static final java.util.concurrent.atomic.AtomicReference<String> FIRST_ERROR =
      new java.util.concurrent.atomic.AtomicReference<>();

  @ArquillianResource private URL baseUrl;

  @Test
  void postRequestsUnderLoad() throws Exception {
    int clients = Integer.getInteger("bench.open311.clients", 50);
    int seconds = Integer.getInteger("bench.open311.seconds", 60);
    TestData d = TestData.create();
    String key = ApiClients.create("压测平台" + d.suffix, "ONLINE", 10_000_000);
    String root = baseUrl.toString().endsWith("/") ? baseUrl.toString() : baseUrl + "/";
    URI uri = URI.create(root + "open311/v2/requests.json");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    long[] flats = {d.flat, d.neighbourFlat, d.oldFlat, d.otherFlat};
    String[] services = {"NOISE", "GARBAGE", "STREET_LIGHT", "CORRIDOR", "PARKING"};
    AtomicLong errors = new AtomicLong();
    AtomicLong sequence = new AtomicLong();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    // warm-up: 10 s at the same concurrency, not counted
    run(
        http,
        uri,
        key,
        flats,
        services,
        clients,
        10,
        sequence,
        new AtomicLong(),
        new ArrayList<>());
    long start = System.nanoTime();
    run(http, uri, key, flats, services, clients, seconds, sequence, errors, latencies);
    double elapsed = (System.nanoTime() - start) / 1e9;

    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    int n = sorted.size();
    System.out.printf(
        "%nBENCH open311.post.clients %d%nBENCH open311.post.seconds %.1f%n"
            + "BENCH open311.post.requests %d%nBENCH open311.post.throughput %.1f req/s%n"
            + "BENCH open311.post.p50 %.1f ms%nBENCH open311.post.p95 %.1f ms%n"
            + "BENCH open311.post.p99 %.1f ms%nBENCH open311.post.max %.1f ms%n"
            + "BENCH open311.post.errors %d%n",
        clients,
        elapsed,
        n,
        n / elapsed,
        ms(sorted, 0.50),
        ms(sorted, 0.95),
        ms(sorted, 0.99),
        ms(sorted, 1.0),
        errors.get());
    if (FIRST_ERROR.get() != null) {
      System.out.println("BENCH open311.post.firstError " + FIRST_ERROR.get());
    }
    assertThat(n).isPositive();
    assertThat(
            TestData.queryLong(
                "select count(*) from open311_request o join api_client a on a.id = o.client_id"
                    + " where a.name = ? and o.case_id is not null",
                "压测平台" + d.suffix))
        .isGreaterThanOrEqualTo(n);
  }

  private static void run(
      HttpClient http,
      URI uri,
      String key,
      long[] flats,
      String[] services,
      int clients,
      int seconds,
      AtomicLong sequence,
      AtomicLong errors,
      List<Long> latencies)
      throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < end) {
                    long i = sequence.incrementAndGet();
                    String body =
                        form(
                            "api_key",
                            key,
                            "service_code",
                            services[(int) (i % services.length)],
                            "address_id",
                            String.valueOf(flats[(int) (i % flats.length)]),
                            "description",
                            "压测诉求 " + i + " 路灯不亮 💡",
                            "service_request_id_ext",
                            "B-" + i);
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> r =
                          http.send(
                              HttpRequest.newBuilder(uri)
                                  .timeout(Duration.ofSeconds(30))
                                  .header("Content-Type", "application/x-www-form-urlencoded")
                                  .POST(HttpRequest.BodyPublishers.ofString(body))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString());
                      if (r.statusCode() == 200) {
                        latencies.add(System.nanoTime() - t0);
                      } else {
                        errors.incrementAndGet();
                        FIRST_ERROR.compareAndSet(null, r.statusCode() + " " + r.body());
                      }
                    } catch (Exception e) {
                      errors.incrementAndGet();
                      FIRST_ERROR.compareAndSet(null, e.toString());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  private static String form(String... pairs) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return s.toString();
  }
}
