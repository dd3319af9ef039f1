package org.casedesk.projects;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One project with its parts, milestones, completion and acceptance. */
public record ProjectDetail(
    ProjectItem project,
    String description,
    String grid,
    LocalDateTime completedAt,
    String completionNote,
    Integer surveyed,
    Integer satisfied,
    String acceptanceNote,
    List<PartItem> parts,
    List<MilestoneItem> milestones)
    implements Serializable {}
