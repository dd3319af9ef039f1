package org.casedesk.shared;

import java.io.Serializable;
import java.util.Locale;

/** A name kept in both languages of the application; the page picks one. */
public record LocalizedName(String zh, String en) implements Serializable {

  public String in(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? en : zh;
  }
}
