package org.casedesk.it.support;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real Micro WAR built by this module, as Arquillian deploys it. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive microWar() {
    File war = new File(System.getProperty("casedesk.micro.war", "target/casedesk-micro.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /** The Micro WAR plus the in-container test support. */
  public static WebArchive microWarWithSupport(Class<?>... testClasses) {
    return microWar()
        .addClasses(TestData.class, Login.class, CurrentExchange.class)
        .addClasses(testClasses)
        .addAsLibrary(jarOf(Assertions.class));
  }

  /** The jar a class comes from, to add to a deployment as a library. */
  public static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
