package org.casedesk.setup;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Probes the database for the health endpoint (which is called without a signed-in user). */
@Stateless
public class SystemStatus {

  @PersistenceContext private EntityManager em;

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean databaseUp() {
    try {
      return ((Number) em.createNativeQuery("select 1").getSingleResult()).intValue() == 1;
    } catch (PersistenceException e) {
      return false;
    }
  }
}
