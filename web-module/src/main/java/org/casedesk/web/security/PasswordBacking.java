package org.casedesk.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.casedesk.accounts.PasswordPolicy;
import org.casedesk.signin.AccountService;
import org.casedesk.web.shared.Messages;

/**
 * 修改密码: every user changes their own password here; after a reset to a one-time password the filter
 * sends them here first.
 */
@Named
@RequestScoped
public class PasswordBacking {

  @Inject private AccountService accounts;
  @Inject private UserSession session;

  private String current;
  private String replacement;
  private String repeated;

  public void change() throws IOException {
    if (replacement == null || !replacement.equals(repeated)) {
      Messages.error("password.mismatch");
      return;
    }
    if (Messages.attempt(
        () -> session.passwordChanged(accounts.changeOwnPassword(orEmpty(current), replacement)))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getSessionMap().put(PasswordChangeFilter.OWN_PASSWORD, Boolean.TRUE);
      Messages.info("password.changed");
      Messages.keepForRedirect();
      external.redirect(external.getRequestContextPath() + "/home.xhtml");
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  public boolean isForced() {
    return session.getUser() != null && session.getUser().mustChangePassword();
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
