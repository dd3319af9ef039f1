package org.casedesk.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/** The rows of {@code node_lease}. Joins the caller's transaction. */
@ApplicationScoped
public class NodeLeaseRepository {

  @PersistenceContext private EntityManager em;

  /** The database's clock. */
  public LocalDateTime now() {
    Object now = em.createNativeQuery("select localtimestamp").getSingleResult();
    return now instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) now;
  }

  /** Gives the lease to {@code node} until {@code until} if it is free, expired or its own. */
  public void take(String name, String node, LocalDateTime now, LocalDateTime until) {
    em.createNativeQuery(
            "update node_lease set holder = ?1, expires_at = ?2 where name = ?3"
                + " and (holder is null or holder = ?4 or expires_at < ?5)")
        .setParameter(1, node)
        .setParameter(2, Timestamp.valueOf(until))
        .setParameter(3, name)
        .setParameter(4, node)
        .setParameter(5, Timestamp.valueOf(now))
        .executeUpdate();
  }

  /** The node that holds the lease, or {@code null}. */
  public String holder(String name) {
    return ((Stream<?>)
            em.createNativeQuery("select holder from node_lease where name = ?1")
                .setParameter(1, name)
                .getResultStream())
        .findFirst()
        .map(String::valueOf)
        .orElse(null);
  }
}
