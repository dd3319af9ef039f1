package org.casedesk.drill;

import org.junit.jupiter.api.AfterAll;

/** A fault drill: its test starts {@link #server}, which is stopped after the class's tests. */
abstract class Drill {

  /** The drill's own Payara Micro, started by the test; null until then. */
  static DrillServer server;

  @AfterAll
  static void stopServer() throws InterruptedException {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
