package org.casedesk.open311;

import java.io.Serializable;

/** One {@code {code, description}} of a GeoReport v2 error response. */
public record Open311Error(int code, String description) implements Serializable {}
