package org.casedesk.cases;

import java.io.Serializable;

/**
 * A resident's personal data, unmasked: only from {@code CaseReadService.revealResident}, logged.
 */
public record RevealedResident(String name, String phone, String idNumber)
    implements Serializable {}
