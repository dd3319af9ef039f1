package org.casedesk.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A form sent while the database is away, read-only or full: the page stays as it was, with
 * everything typed in its fields, and says that nothing was saved (issue 18), instead of the error
 * page that replaced it. Only for a postback whose failure came before the page is rendered again
 * (an action, a listener); a failure while rendering, or of a plain GET, still goes to the error
 * page ({@link ErrorPage}). Wraps OmniFaces' full-ajax handler, which handles the rest.
 */
public class DatabaseExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(DatabaseExceptionHandler.class.getName());

  public DatabaseExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null
        && faces.isPostback()
        && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        ExceptionQueuedEventContext event = events.next().getContext();
        String key = ErrorPage.databaseMessage(event.getException());
        if (key != null && event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
          LOG.log(
              Level.WARNING, "the database refused a form, nothing saved", event.getException());
          events.remove();
          faces.addMessage(
              null,
              new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(key + ".kept"), null));
          faces.validationFailed(); // PrimeFaces: args.validationFailed, dialogs stay open
          faces.renderResponse(); // no further phase (no action after a failed model update)
        }
      }
    }
    getWrapped().handle();
  }

  /** Registered after OmniFaces' factory in faces-config.xml, so it wraps its handler. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DatabaseExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
