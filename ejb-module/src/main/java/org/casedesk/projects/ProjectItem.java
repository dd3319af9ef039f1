package org.casedesk.projects;

import java.io.Serializable;
import java.time.LocalDate;

/** A project as the list shows it, with how many of its parts are claimed and done. */
public record ProjectItem(
    long id,
    long version,
    String title,
    Long communityId,
    String community,
    String place,
    LocalDate dueOn,
    ProjectStatus status,
    long parts,
    long claimed,
    long done)
    implements Serializable {}
