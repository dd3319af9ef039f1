package org.casedesk.cases;

import java.io.Serializable;
import java.util.List;
import org.casedesk.shared.BusinessException;

/** A case as the user saw it in a queue: its id and version (a bulk action's item). */
public record CaseRef(long id, long version) implements Serializable {

  /** The most cases one bulk action takes: a queue page. */
  public static final int MAX_BULK = CasePage.SIZE;

  /** Refuses an empty selection and one larger than a queue page. */
  static void checkBulk(List<CaseRef> refs) {
    if (refs == null || refs.isEmpty()) {
      throw new BusinessException("bulk.none");
    }
    if (refs.size() > MAX_BULK) {
      throw new BusinessException("bulk.tooMany", MAX_BULK);
    }
  }
}
