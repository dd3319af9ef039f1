package org.casedesk.volunteer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A member's or unit's volunteer hours (a unit: the hours of participants who are its members), the
 * activities they took part in, the services given (units only) and the residents reached, with the
 * latest activities.
 */
public record VolunteerTotals(
    BigDecimal hours, long activities, long services, long recipients, List<ActivityItem> latest)
    implements Serializable {}
