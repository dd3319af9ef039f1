package org.casedesk.pairing;

import java.io.Serializable;

/** Per grid: active pairings and how many of them are past their cadence. */
public record GridFlag(long gridId, String grid, long pairings, long overdue)
    implements Serializable {}
