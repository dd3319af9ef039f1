package org.casedesk.pairing;

import java.io.Serializable;
import java.util.List;

/** One pairing with the resident's masked phone and every visit, newest first. */
public record PairingDetail(PairingItem pairing, String residentPhone, List<VisitItem> visits)
    implements Serializable {}
