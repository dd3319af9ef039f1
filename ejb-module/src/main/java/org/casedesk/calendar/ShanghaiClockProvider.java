package org.casedesk.calendar;

import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of Bean Validation's {@code @Past}, {@code @PastOrPresent} and {@code @Future}: "now"
 * is Asia/Shanghai's, as everywhere else in CaseDesk, whatever the server's own time zone (between
 * 00:00 and 08:00 in Shanghai a UTC server would still be on the previous day). Configured in
 * META-INF/validation.xml.
 */
public class ShanghaiClockProvider implements ClockProvider {

  @Override
  public Clock getClock() {
    return Clock.system(WorkCalendar.ZONE);
  }
}
