package org.casedesk.projects;

/** A project is open for claims and work, then completed, then accepted by the residents. */
public enum ProjectStatus {
  OPEN,
  COMPLETED,
  ACCEPTED
}
