package org.casedesk.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.sql.SQLException;

/**
 * What the error page says about a failure of the database itself: away (stopped, restarting,
 * unreachable), read-only, or out of disk space, each with its own message (the action was not
 * saved), instead of the general internal error. Read from the exception the container hands the
 * error page.
 */
@Named
@RequestScoped
public class ErrorPage {

  /** The message key for the database's state, or null when the error is not the database's. */
  public String getDatabaseMessage() {
    Object error =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get("jakarta.servlet.error.exception");
    return error instanceof Throwable t ? databaseMessage(t) : null;
  }

  /**
   * By the SQLSTATE of the first SQL exception in the chain: class 08 (connection), 57P (the server
   * shutting down or restarting) or none (the pool could not open a connection) is away, 25006
   * read-only, 53100 disk full. Other SQL errors (constraints, a bug) are not the database's state.
   */
  static String databaseMessage(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state == null || state.startsWith("08") || state.startsWith("57P")) {
          return "error.database.unavailable";
        }
        return switch (state) {
          case "25006" -> "error.database.readOnly";
          case "53100" -> "error.database.diskFull";
          default -> null;
        };
      }
    }
    return null;
  }
}
