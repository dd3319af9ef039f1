package org.casedesk.reports;

import java.io.Serializable;

/** A place in the league table (排名): the weighted score, rank 1 best, bottom three marked. */
public record RankedRow(int rank, ReportRow row, Double score, boolean bottom)
    implements Serializable {}
