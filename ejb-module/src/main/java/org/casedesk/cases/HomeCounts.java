package org.casedesk.cases;

import java.io.Serializable;

/** The figures of a home page: open and overdue cases within the user's scope. */
public record HomeCounts(long open, long overdue) implements Serializable {}
