package org.casedesk.it.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/**
 * Starts an embedded PostgreSQL (binaries from Maven Central) for the integration tests on a
 * machine with nothing installed. Run by the build inside the Maven JVM (exec:java) before the
 * integration tests; stopped when Maven exits. PostgreSQL refuses to run as root: as root, start a
 * PostgreSQL as another user and pass -Dtest.db.url instead (see .ci/run).
 */
public final class EmbeddedPostgresLauncher {

  private EmbeddedPostgresLauncher() {}

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPort(port).start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                  } catch (IOException e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
                  }
                }));
    System.out.println("Embedded PostgreSQL listening on 127.0.0.1:" + port);
  }
}
