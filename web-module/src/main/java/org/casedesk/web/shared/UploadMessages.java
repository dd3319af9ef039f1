package org.casedesk.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Iterator;

/**
 * PrimeFaces refuses an odd file name with the summary "File Error", hard-coded in English; its
 * detail comes from the application's bundle ({@code primefaces.FileValidator.*}). Pages show
 * summaries only, so the detail becomes the summary before the page is rendered.
 */
public class UploadMessages implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final String PRIMEFACES_SUMMARY = "File Error";

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    for (Iterator<FacesMessage> messages = context.getMessages(); messages.hasNext(); ) {
      FacesMessage message = messages.next();
      if (PRIMEFACES_SUMMARY.equals(message.getSummary())) {
        message.setSummary(
            message.getDetail() == null ? Messages.text("attachment.name") : message.getDetail());
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }
}
