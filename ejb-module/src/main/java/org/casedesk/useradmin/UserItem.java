package org.casedesk.useradmin;

import java.io.Serializable;

/** A user as the user list shows it, with the names of their area and committee member. */
public record UserItem(
    long id,
    long version,
    String username,
    String displayName,
    String role,
    Long communityId,
    String community,
    Long gridId,
    String grid,
    Long memberUnitId,
    String memberUnit,
    Long memberId,
    String member,
    boolean enabled,
    boolean mustChangePassword,
    String source)
    implements Serializable {

  public UserForm toForm() {
    return new UserForm(
        id, version, username, displayName, role, communityId, gridId, memberUnitId, memberId);
  }
}
