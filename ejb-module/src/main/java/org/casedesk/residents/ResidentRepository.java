package org.casedesk.residents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.casedesk.areas.Addresses;
import org.casedesk.areas.AreaNode;

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

  /**
   * Ids of at most {@code max} residents whose phone ends with these digits ({@code phoneEnd}) or
   * whose name starts with this word: the search box looks them up first, so that the cases' query
   * can use the resident index instead of a subquery it would test on every case.
   */
  public List<Long> idsMatching(String digitsOrWord, boolean phoneEnd, int max) {
    return em.createQuery(
            phoneEnd
                ? "select r.id from Resident r where r.phone like :t"
                : "select r.id from Resident r where r.name like :t",
            Long.class)
        .setParameter(
            "t", phoneEnd ? "%" + escapeLike(digitsOrWord) : escapeLike(digitsOrWord) + "%")
        .setMaxResults(max)
        .getResultList();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A resident with the address of their flat. */
  public record WithAddress(Resident resident, String address) {}

  /**
   * Up to {@code max} residents whose name starts with {@code prefix} (wildcards removed), of one
   * community when it is given, by name; {@code taggedOnly} keeps those with tags.
   */
  public List<WithAddress> byNamePrefix(
      String prefix, boolean taggedOnly, Long community, int max) {
    var q =
        em.createQuery(
            "select r, up, ct, f from Resident r, AreaNode f, AreaNode ct, AreaNode up"
                + " where f.id = r.flatId and ct.id = f.parentId and up.id = ct.parentId"
                + (taggedOnly ? " and r.tags is not null and r.tags <> ''" : "")
                + " and r.name like :prefix"
                + (community == null ? "" : " and f.communityId = :community")
                + " order by r.name",
            Object[].class);
    q.setParameter(
        "prefix",
        (prefix == null ? "" : prefix.strip().replace("%", "").replace("_", "").replace("\\", ""))
            + "%");
    if (community != null) {
      q.setParameter("community", community);
    }
    return q.setMaxResults(max)
        .getResultStream()
        .map(
            row ->
                new WithAddress(
                    (Resident) row[0],
                    Addresses.label(null, (AreaNode) row[1], (AreaNode) row[2], (AreaNode) row[3])))
        .toList();
  }
}
