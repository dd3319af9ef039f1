package org.casedesk.reports;

import java.io.Serializable;

/** 受理量 and 办结量 of one period of the trend chart. */
public record TrendPoint(Period period, long accepted, long closed) implements Serializable {}
