package org.casedesk.volunteer;

/** Kinds of volunteer activity (志愿服务). */
public enum ActivityType {
  COURTYARD_CLEANUP,
  BIKE_TIDYING,
  CIVILISED_PERSUASION,
  BUTT_PICKING,
  QUESTIONNAIRE,
  OTHER
}
