package org.casedesk.volunteer;

/** Kinds of service a member unit gives residents. */
public enum ServiceType {
  FREE_HEALTH_CHECK,
  HOME_CLINIC,
  OTHER
}
