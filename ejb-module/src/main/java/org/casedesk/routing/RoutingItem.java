package org.casedesk.routing;

import java.io.Serializable;
import org.casedesk.shared.LocalizedName;

/** A routing rule as the routing screen lists it; {@code grid} null means every grid. */
public record RoutingItem(long id, LocalizedName category, String grid, String handler)
    implements Serializable {}
