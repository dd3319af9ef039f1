package org.casedesk.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/**
 * Leases of {@code node_lease}: a node takes a lease when it is free, expired or already its own,
 * for {@code seconds} from the database's clock (so the nodes' clocks need not agree). Taking it is
 * one UPDATE, atomic on the row on PostgreSQL and H2: of two nodes asking at once, one gets it.
 */
@Stateless
public class NodeLeases {

  @PersistenceContext private EntityManager em;

  /**
   * Takes or renews the lease {@code name} for {@code node}; returns the node that holds it
   * afterwards ({@code node} itself when it got it, {@code null} for an unknown lease).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String acquire(String name, String node, int seconds) {
    LocalDateTime now = databaseNow();
    em.createNativeQuery(
            "update node_lease set holder = ?1, expires_at = ?2 where name = ?3"
                + " and (holder is null or holder = ?4 or expires_at < ?5)")
        .setParameter(1, node)
        .setParameter(2, Timestamp.valueOf(now.plusSeconds(seconds)))
        .setParameter(3, name)
        .setParameter(4, node)
        .setParameter(5, Timestamp.valueOf(now))
        .executeUpdate();
    return ((Stream<?>)
            em.createNativeQuery("select holder from node_lease where name = ?1")
                .setParameter(1, name)
                .getResultStream())
        .findFirst()
        .map(String::valueOf)
        .orElse(null);
  }

  private LocalDateTime databaseNow() {
    Object now = em.createNativeQuery("select localtimestamp").getSingleResult();
    return now instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) now;
  }
}
