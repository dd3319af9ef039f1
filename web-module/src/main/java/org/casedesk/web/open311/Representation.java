package org.casedesk.web.open311;

import jakarta.ws.rs.core.Response;

/** The two formats of every resource, with the spec's content types. */
enum Representation {
  JSON("application/json; charset=utf-8"),
  XML("text/xml; charset=utf-8");

  private final String contentType;

  Representation(String contentType) {
    this.contentType = contentType;
  }

  static Representation of(String suffix) {
    return "xml".equals(suffix) ? XML : JSON;
  }

  /** {@code doc} as this format; {@code root} names the XML document element. */
  Response response(Response.ResponseBuilder builder, String root, Object doc) {
    return builder
        .entity(this == JSON ? Doc.json(doc) : Doc.xml(root, doc))
        .type(contentType)
        .build();
  }

  Response ok(String root, Object doc) {
    return response(Response.ok(), root, doc);
  }
}
