package org.casedesk.cases;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casedesk.shared.BusinessException;

/**
 * A batch of suggestion-box slips was refused as a whole: per row (0-based), the message keys of
 * what is wrong with it — Bean Validation templates in braces, business keys without. Nothing of
 * the batch was saved.
 */
@ApplicationException(rollback = true)
public class BatchRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final TreeMap<Integer, List<String>> rowErrors;

  public BatchRejectedException(Map<Integer, List<String>> rowErrors) {
    super("batch.rejected", rowErrors.size());
    this.rowErrors = new TreeMap<>(rowErrors);
  }

  public Map<Integer, List<String>> getRowErrors() {
    return java.util.Collections.unmodifiableMap(rowErrors);
  }
}
