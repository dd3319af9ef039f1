package org.casedesk.shared;

/** The five roles of CaseDesk. Names are the group names the identity store returns. */
public final class Roles {
  public static final String HELPDESK = "HELPDESK";
  public static final String HANDLER = "HANDLER";
  public static final String COMMUNITY_OFFICIAL = "COMMUNITY_OFFICIAL";
  public static final String SUBDISTRICT_OFFICIAL = "SUBDISTRICT_OFFICIAL";
  public static final String ADMIN = "ADMIN";

  public static final String[] ALL = {
    HELPDESK, HANDLER, COMMUNITY_OFFICIAL, SUBDISTRICT_OFFICIAL, ADMIN
  };

  private Roles() {}
}
