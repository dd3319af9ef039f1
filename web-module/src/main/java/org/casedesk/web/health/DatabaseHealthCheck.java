package org.casedesk.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.casedesk.setup.SystemStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Inject private SystemStatus status;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(status.databaseUp()).build();
  }
}
