package org.casedesk.web.volunteer;

import java.io.Serializable;
import java.math.BigDecimal;

/** A participant or recipient added to a form but not saved yet, with the label the form shows. */
public record Pending(Long memberId, Long residentId, String name, BigDecimal hours, String label)
    implements Serializable {}
