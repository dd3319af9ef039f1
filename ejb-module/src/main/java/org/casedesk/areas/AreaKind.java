package org.casedesk.areas;

/** Levels of the address tree, top down. */
public enum AreaKind {
  SUBDISTRICT,
  COMMUNITY,
  GRID,
  COURTYARD,
  FLAT
}
