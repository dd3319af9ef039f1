package org.casedesk.web.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Service Discovery at {@code /open311/discovery.json} and {@code .xml}: the one v2 endpoint. */
@Path("/")
@RequestScoped
public class DiscoveryResource {

  /** When this endpoint's description last changed. */
  static final String CHANGESET = "2026-12-01 00:00";

  @Context private UriInfo uri;

  @GET
  @Path("discovery.{format:json|xml}")
  @Tag(ref = "discovery")
  @Operation(summary = "Service Discovery: the GeoReport v2 endpoint and its formats")
  public Response discovery(@PathParam("format") String format) {
    String base = uri.getBaseUri().toString();
    Object endpoint =
        Doc.object(
            "specification",
            "http://wiki.open311.org/GeoReport_v2",
            "url",
            (base.endsWith("/") ? base : base + "/") + "v2",
            "changeset",
            CHANGESET,
            "type",
            "production",
            "formats",
            new Doc.Items("format", List.of("text/xml", "application/json")));
    return Representation.of(format)
        .ok(
            "discovery",
            Doc.object(
                "changeset",
                CHANGESET,
                "contact",
                "张掖路街道 诉求服务台 (the sub-district's help desk)",
                "key_service",
                "API keys are issued by the CaseDesk administrator",
                "endpoints",
                new Doc.Items("endpoint", List.of(endpoint))));
  }
}
