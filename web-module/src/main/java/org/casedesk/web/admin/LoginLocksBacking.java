package org.casedesk.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casedesk.signin.LoginLockItem;
import org.casedesk.signin.LoginThrottleService;
import org.casedesk.web.shared.Messages;

/** Sign-in locks: locked user names and slowed-down addresses; ADMIN lifts them. */
@Named
@RequestScoped
public class LoginLocksBacking {

  @Inject private LoginThrottleService throttle;

  private List<LoginLockItem> locks;

  public List<LoginLockItem> getLocks() {
    if (locks == null) {
      locks = throttle.current();
    }
    return locks;
  }

  public void lift(String id, String subject) {
    if (Messages.attempt(() -> throttle.lift(id))) {
      Messages.info("logins.lifted", subject);
      locks = null;
    }
  }
}
