package org.casedesk.open311;

import java.io.Serializable;

/** A new client's key, shown once: only its hash is kept. */
public record IssuedKey(long clientId, String key) implements Serializable {}
