package org.casedesk.categories;

/** How a request came in (DOMAIN.md, Intake). */
public enum Channel {
  WINDOW,
  PHONE,
  SUGGESTION_BOX,
  HOME_VISIT,
  MEETING,
  HOTLINE_12345,
  ONLINE
}
