package org.casedesk.web.open311;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casedesk.open311.Open311Error;
import org.casedesk.open311.Open311Exception;
import org.casedesk.shared.BusinessException;

/**
 * Every failure as the spec's error list, in the format the path asked for (.xml, else JSON): 404
 * for what does not exist, 403 for the key, 400 for the rest (and 429 over a client's rate).
 */
final class Open311Errors {

  private static final Logger LOG = Logger.getLogger(Open311Errors.class.getName());

  private Open311Errors() {}

  static Response response(UriInfo uri, int status, List<Open311Error> errors) {
    Object doc =
        new Doc.Items(
            "error",
            errors.stream()
                .map(e -> Doc.object("code", e.code(), "description", e.description()))
                .toList());
    return Representation.of(uri.getPath().endsWith(".xml") ? "xml" : "json")
        .response(Response.status(status), "errors", doc);
  }

  @Provider
  public static class ForOpen311 implements ExceptionMapper<Open311Exception> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(Open311Exception e) {
      return response(uri, e.getStatus(), e.getErrors());
    }
  }

  @Provider
  public static class ForBusiness implements ExceptionMapper<BusinessException> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(BusinessException e) {
      return response(uri, 400, List.of(new Open311Error(400, e.getMessageKey())));
    }
  }

  @Provider
  public static class ForJaxRs implements ExceptionMapper<WebApplicationException> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      return response(
          uri,
          status == 404 || status == 403 ? status : 400,
          List.of(new Open311Error(status, e.getResponse().getStatusInfo().getReasonPhrase())));
    }
  }

  @Provider
  public static class ForEjb implements ExceptionMapper<EJBException> {
    @Context private UriInfo uri;

    @Override
    public Response toResponse(EJBException e) {
      LOG.log(Level.WARNING, "Open311 request failed", e);
      return response(uri, 400, List.of(new Open311Error(400, "General service error")));
    }
  }
}
