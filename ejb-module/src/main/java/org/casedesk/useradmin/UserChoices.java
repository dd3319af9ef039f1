package org.casedesk.useradmin;

import java.io.Serializable;
import java.util.List;

/** What the user form offers, limited to the caller's community for community officials. */
public record UserChoices(
    List<String> roles,
    List<Choice> communities,
    List<Choice> grids,
    List<Choice> units,
    List<Choice> members)
    implements Serializable {}
