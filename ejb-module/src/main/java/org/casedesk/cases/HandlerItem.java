package org.casedesk.cases;

import java.io.Serializable;

/** A handler to pick when dispatching by hand. */
public record HandlerItem(long id, String name, String grid) implements Serializable {}
