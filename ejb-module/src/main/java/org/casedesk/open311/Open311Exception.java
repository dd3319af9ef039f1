package org.casedesk.open311;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A GeoReport v2 request cannot be fulfilled: the HTTP status (400, 403, 404, 429) and every error
 * found, as the spec's list. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class Open311Exception extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final List<Open311Error> errors;

  public Open311Exception(int status, List<Open311Error> errors) {
    super(status + " " + errors);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public Open311Exception(int status, String description) {
    this(status, List.of(new Open311Error(status, description)));
  }

  public int getStatus() {
    return status;
  }

  public List<Open311Error> getErrors() {
    return errors;
  }
}
