package org.casedesk.residents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.casedesk.shared.Masking;
import org.casedesk.shared.Roles;

/** Finding residents for the help desk. */
@Stateless
public class ResidentService {

  private static final int MAX_RESULTS = 15;

  @PersistenceContext private EntityManager em;

  /** Residents whose name starts with, or whose phone ends with, the query. */
  @RolesAllowed(Roles.HELPDESK)
  public List<ResidentItem> find(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    String q = query.trim();
    return em.createQuery(
            "select r from Resident r where r.name like :prefix or r.phone like :suffix order by r.name",
            Resident.class)
        .setParameter("prefix", escapeLike(q) + "%")
        .setParameter("suffix", "%" + escapeLike(q))
        .setMaxResults(MAX_RESULTS)
        .getResultStream()
        .map(
            r ->
                new ResidentItem(
                    r.getId(), r.getName(), Masking.phone(r.getPhone()), r.getFlatId()))
        .toList();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
