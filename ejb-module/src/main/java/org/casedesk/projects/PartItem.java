package org.casedesk.projects;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A part of a project: who claimed it, when, and whether it is done. */
public record PartItem(
    long id,
    long version,
    long projectId,
    String project,
    String name,
    Long unitId,
    String unit,
    String claimedBy,
    LocalDateTime claimedAt,
    LocalDateTime doneAt,
    String doneNote)
    implements Serializable {}
