package org.casedesk.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * Leases of {@code node_lease}: a node takes a lease when it is free, expired or already its own,
 * for {@code seconds} from the database's clock (so the nodes' clocks need not agree). Taking it is
 * one UPDATE, atomic on the row on PostgreSQL and H2: of two nodes asking at once, one gets it.
 */
@Stateless
public class NodeLeases {

  @Inject private NodeLeaseRepository leases;

  /**
   * Takes or renews the lease {@code name} for {@code node}; returns the node that holds it
   * afterwards ({@code node} itself when it got it, {@code null} for an unknown lease).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String acquire(String name, String node, int seconds) {
    LocalDateTime now = leases.now();
    leases.take(name, node, now, now.plusSeconds(seconds));
    return leases.holder(name);
  }
}
