package org.casedesk.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in caller as the session keeps it: the user name and the groups (roles), a few bytes
 * that move with the session to another node of a cluster. {@code checkedHere} is not serialized: a
 * session read on a node that did not sign the caller in has it false, and the account is checked
 * once there before the caller is trusted ({@link SessionAuthenticationMechanism}).
 */
final class SignedIn implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String ATTRIBUTE = "org.casedesk.signedIn";

  private final String caller;
  private final Set<String> groups;
  private transient boolean checkedHere;

  SignedIn(String caller, Set<String> groups) {
    this.caller = caller;
    this.groups = Set.copyOf(groups);
    this.checkedHere = true;
  }

  static SignedIn of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
  }

  String caller() {
    return caller;
  }

  Set<String> groups() {
    return groups;
  }

  boolean checkedHere() {
    return checkedHere;
  }

  void checked() {
    checkedHere = true;
  }
}
