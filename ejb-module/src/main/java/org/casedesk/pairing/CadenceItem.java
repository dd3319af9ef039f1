package org.casedesk.pairing;

import java.io.Serializable;

/** A vulnerable group and its visit cadence in days. */
public record CadenceItem(String tag, int days, long version) implements Serializable {}
