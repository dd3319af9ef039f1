package org.casedesk.areas;

import java.io.Serializable;
import java.util.List;

/**
 * A node of the address tree on the ADMIN screen, in tree order with its depth: for a grid its grid
 * workers, for a courtyard without a property company its owning unit (产权单位).
 */
public record AreaNodeRow(
    long id,
    long version,
    Long parentId,
    AreaKind kind,
    String name,
    int depth,
    boolean noPropertyCompany,
    Long ownerUnitId,
    String ownerUnitName,
    List<String> gridWorkers)
    implements Serializable {}
