package org.casedesk.projects;

import java.io.Serializable;
import java.time.LocalDate;

/** A milestone: planned day, day reached. */
public record MilestoneItem(long id, long version, String title, LocalDate dueOn, LocalDate doneOn)
    implements Serializable {}
