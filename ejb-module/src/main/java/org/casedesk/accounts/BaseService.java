package org.casedesk.accounts;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * What every service of a signed-in user needs: who calls ({@link #me()}) and what time it is in
 * Asia/Shanghai ({@link #now()}, from the injected clock).
 */
public abstract class BaseService {

  @Inject private AccountRepository callers;
  @Inject private Clock clock;
  @Resource private SessionContext callerContext;

  /** The signed-in user calling this service. */
  protected UserAccount me() {
    return callers.caller(callerContext.getCallerPrincipal());
  }

  /** Now, Asia/Shanghai local time. */
  protected LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
