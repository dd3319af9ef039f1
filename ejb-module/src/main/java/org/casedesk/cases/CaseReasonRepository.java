package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.casedesk.shared.BusinessException;
import org.casedesk.shared.LocalizedName;

/** Reads and writes the reason lists. Joins the caller's transaction. */
@ApplicationScoped
public class CaseReasonRepository {

  @PersistenceContext private EntityManager em;

  List<ReasonItem> list(ReasonKind kind, boolean activeOnly) {
    return em.createQuery(
            "select r from CaseReason r where r.kind = :kind"
                + (activeOnly ? " and r.active = true" : "")
                + " order by r.sortOrder, r.id",
            CaseReason.class)
        .setParameter("kind", kind)
        .getResultStream()
        .map(CaseReasonRepository::item)
        .toList();
  }

  long add(ReasonKind kind, String nameZh, String nameEn) {
    Integer last =
        em.createQuery(
                "select max(r.sortOrder) from CaseReason r where r.kind = :kind", Integer.class)
            .setParameter("kind", kind)
            .getSingleResult();
    CaseReason reason = new CaseReason(kind, nameZh, nameEn, last == null ? 1 : last + 1);
    em.persist(reason);
    em.flush();
    return reason.getId();
  }

  CaseReason find(long id) {
    CaseReason reason = em.find(CaseReason.class, id);
    if (reason == null) {
      throw new BusinessException("reason.invalid");
    }
    return reason;
  }

  /** An active reason of the given list, or {@code reason.invalid}. */
  CaseReason active(Long id, ReasonKind kind) {
    CaseReason reason = id == null ? null : em.find(CaseReason.class, id);
    if (reason == null || reason.getKind() != kind || !reason.isActive()) {
      throw new BusinessException("reason.invalid");
    }
    return reason;
  }

  /** The name of a reason, or null for none. */
  LocalizedName name(Long id) {
    CaseReason reason = id == null ? null : em.find(CaseReason.class, id);
    return reason == null ? null : new LocalizedName(reason.getNameZh(), reason.getNameEn());
  }

  private static ReasonItem item(CaseReason r) {
    return new ReasonItem(
        r.getId(),
        r.getVersion(),
        r.getKind(),
        new LocalizedName(r.getNameZh(), r.getNameEn()),
        r.getNameZh(),
        r.getNameEn(),
        r.isActive());
  }
}
