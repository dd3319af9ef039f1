package org.casedesk.it;

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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casedesk.it.support.PageRoleMatrix;
import org.casedesk.it.support.PageRoleMatrix.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the quick start as tested as production. Starts the built Micro WAR the way the
 * README's start command does (Payara Micro, an H2 file database, {@code casedesk.demo-data=true})
 * in a temporary directory on a free port, and runs the page × role matrix with every demo login.
 */
class QuickStartPagesIT {

  private static final String DEMO_PASSWORD = "casedesk2026";

  private static Process micro;
  private static String baseUrl;
  private static Path log;

  @BeforeAll
  static void startTheQuickStart() throws Exception {
    Path dir = Files.createTempDirectory("casedesk-quickstart");
    log = dir.resolve("micro.log");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcasedesk.demo-data=true",
                "-jar",
                System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy",
                System.getProperty("casedesk.micro.war", "target/casedesk-micro.war") + ":/",
                "--port",
                String.valueOf(port),
                "--rootDir",
                dir.resolve("micro").toString(),
                "--prebootcommandfile",
                "src/main/payara/micro-preboot.asadmin")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // Failsafe points the Arquillian tests at PostgreSQL through these; the quick start has none.
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("CASEDESK_DB_"));
    env.put("CASEDESK_DB_URL", "jdbc:h2:" + dir.resolve("db").resolve("casedesk"));
    micro = builder.start();
    baseUrl = "http://127.0.0.1:" + port + "/";
    awaitLoginPage(Duration.ofSeconds(240));
  }

  private static void awaitLoginPage(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (!micro.isAlive()) {
        throw new IllegalStateException("Payara Micro ended: " + tail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("loginForm")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the quick start did not serve its login page: " + tail());
  }

  private static String tail() throws IOException {
    String text = Files.readString(log);
    return text.substring(Math.max(0, text.length() - 3000));
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (micro != null) {
      micro.descendants().forEach(ProcessHandle::destroy);
      micro.destroy();
      if (!micro.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        micro.destroyForcibly();
      }
    }
  }

  @Test
  void everyPageAnswersEveryDemoLoginAsWebXmlSays() throws Exception {
    List<User> users =
        List.of(
            new User("helpdesk", DEMO_PASSWORD, "HELPDESK"),
            new User("handler", DEMO_PASSWORD, "HANDLER"),
            new User("fangchan", DEMO_PASSWORD, "HANDLER"),
            new User("community", DEMO_PASSWORD, "COMMUNITY_OFFICIAL"),
            new User("subdistrict", DEMO_PASSWORD, "SUBDISTRICT_OFFICIAL"),
            new User("admin", DEMO_PASSWORD, "ADMIN"));
    PageRoleMatrix matrix = new PageRoleMatrix(baseUrl);
    List<String> failures = matrix.run(users);
    System.out.printf(
        "QuickStartPagesIT (H2, demo data): %d pages x %d logins + anonymous, %d requests,"
            + " %d failures%n",
        PageRoleMatrix.pages().size(), users.size(), matrix.visits(), failures.size());
    assertThat(failures).as("server log " + log).isEmpty();
  }
}
