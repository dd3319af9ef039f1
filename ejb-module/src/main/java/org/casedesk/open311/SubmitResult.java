package org.casedesk.open311;

import java.io.Serializable;

/**
 * The answer to POST requests: the new case's number, or, for an address the help desk still has to
 * place, only the token (GET tokens/{token} gives the number once placed).
 */
public record SubmitResult(String serviceRequestId, String token, String serviceNotice)
    implements Serializable {}
