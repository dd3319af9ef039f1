package org.casedesk.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads and writes the files of cases. Joins the caller's transaction. */
@ApplicationScoped
public class AttachmentRepository {

  @PersistenceContext private EntityManager em;

  /** The attachment with this id, or null. */
  Attachment find(long id) {
    return em.find(Attachment.class, id);
  }

  void add(Attachment a) {
    em.persist(a);
  }

  /** The files of a case with who uploaded them, oldest first. */
  List<AttachmentItem> items(long caseId) {
    return em.createQuery(
            "select new org.casedesk.cases.AttachmentItem(a.id, a.fileName, a.contentType, a.size,"
                + " a.uploadedAt, u.displayName) from Attachment a join UserAccount u"
                + " on u.id = a.uploadedBy where a.caseId = :case order by a.uploadedAt, a.id",
            AttachmentItem.class)
        .setParameter("case", caseId)
        .getResultList();
  }
}
