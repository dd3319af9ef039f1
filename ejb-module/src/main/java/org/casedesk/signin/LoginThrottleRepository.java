package org.casedesk.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.casedesk.signin.LoginThrottle.Kind;

/** The rows of {@code login_throttle}. Joins the caller's transaction. */
@ApplicationScoped
public class LoginThrottleRepository {

  @PersistenceContext private EntityManager em;

  Optional<LoginThrottle> find(Kind kind, String subject) {
    return find(LoginThrottle.id(kind, subject));
  }

  Optional<LoginThrottle> find(String id) {
    return Optional.ofNullable(em.find(LoginThrottle.class, id));
  }

  /** The row, locked against other instances counting at the same time, or a new one. */
  LoginThrottle forUpdate(Kind kind, String subject, LocalDateTime now) {
    LoginThrottle throttle =
        em.find(
            LoginThrottle.class, LoginThrottle.id(kind, subject), LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new LoginThrottle(kind, subject, now);
      em.persist(throttle);
    }
    return throttle;
  }

  void remove(LoginThrottle throttle) {
    em.remove(throttle);
  }

  /** Up to 500 rows locked now or with a failure since {@code since}, newest failure first. */
  List<LoginThrottle> current(LocalDateTime now, LocalDateTime since) {
    return em.createQuery(
            "select t from LoginThrottle t where t.lockedUntil > :now or t.lastFailure > :since"
                + " order by t.lastFailure desc",
            LoginThrottle.class)
        .setParameter("now", now)
        .setParameter("since", since)
        .setMaxResults(500)
        .getResultList();
  }
}
