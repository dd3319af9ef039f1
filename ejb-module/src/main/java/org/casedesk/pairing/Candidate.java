package org.casedesk.pairing;

import java.io.Serializable;

/** A vulnerable resident who can be paired: name, tags and address, no phone or ID. */
public record Candidate(long id, String name, String tags, String address)
    implements Serializable {}
