package org.casedesk.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads and writes residents. Joins the caller's transaction. */
@ApplicationScoped
public class ResidentRepository {

  @PersistenceContext private EntityManager em;

  /** The resident with this id, or null. */
  public Resident find(long id) {
    return em.find(Resident.class, id);
  }

  /** Saves a new resident at once: a case refers to it by id. */
  public void add(Resident resident) {
    em.persist(resident);
    em.flush();
  }

  /** At most {@code max} residents whose name starts with, or whose phone ends with, the text. */
  List<Resident> search(String text, int max) {
    return em.createQuery(
            "select r from Resident r where r.name like :prefix or r.phone like :suffix order by r.name",
            Resident.class)
        .setParameter("prefix", escapeLike(text) + "%")
        .setParameter("suffix", "%" + escapeLike(text))
        .setMaxResults(max)
        .getResultList();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
