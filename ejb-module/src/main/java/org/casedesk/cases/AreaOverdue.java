package org.casedesk.cases;

import java.io.Serializable;

/** Overdue open cases of one grid or member unit (officials' home page), for the search link. */
public record AreaOverdue(long id, String name, long overdue) implements Serializable {}
