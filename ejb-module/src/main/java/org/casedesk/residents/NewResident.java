package org.casedesk.residents;

import java.io.Serializable;

/** Input for creating a resident while registering a case. Validated on the entity. */
public record NewResident(String name, String phone, String idNumber) implements Serializable {}
