package org.casedesk.open311;

import java.io.Serializable;

/** An extra fact a service asks for (a GeoReport service definition attribute). */
public record ServiceAttribute(
    String code, String datatype, boolean required, String description, int order)
    implements Serializable {}
