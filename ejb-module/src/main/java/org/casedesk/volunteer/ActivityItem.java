package org.casedesk.volunteer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An activity as lists show it; {@code people} names the participants (residents' names masked).
 */
public record ActivityItem(
    long id,
    ActivityType type,
    String title,
    String community,
    String grid,
    LocalDateTime heldAt,
    String place,
    String organiser,
    long participants,
    BigDecimal hours,
    String people)
    implements Serializable {

  /** Without the participants' names (lists add them with {@link #withPeople}). */
  public ActivityItem(
      long id,
      ActivityType type,
      String title,
      String community,
      String grid,
      LocalDateTime heldAt,
      String place,
      String organiser,
      long participants,
      BigDecimal hours) {
    this(id, type, title, community, grid, heldAt, place, organiser, participants, hours, "");
  }

  public ActivityItem withPeople(String names) {
    return new ActivityItem(
        id, type, title, community, grid, heldAt, place, organiser, participants, hours, names);
  }
}
