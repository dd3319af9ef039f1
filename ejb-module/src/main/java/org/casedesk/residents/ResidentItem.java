package org.casedesk.residents;

import java.io.Serializable;

/** A resident as pickers show it: phone already masked on the server. */
public record ResidentItem(long id, String name, String maskedPhone, Long flatId)
    implements Serializable {}
