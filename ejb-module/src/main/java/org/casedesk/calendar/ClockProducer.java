package org.casedesk.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock services inject: Asia/Shanghai's, as every time in CaseDesk (DOMAIN.md). */
@ApplicationScoped
public class ClockProducer {

  @Produces
  Clock shanghai() {
    return Clock.system(WorkCalendar.ZONE);
  }
}
