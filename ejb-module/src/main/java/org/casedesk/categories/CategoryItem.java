package org.casedesk.categories;

import java.io.Serializable;
import java.util.Locale;
import org.casedesk.shared.LocalizedName;

/**
 * A category as select boxes show it, with the pinyin initials of its path (parent's and its own)
 * for the type-ahead.
 */
public record CategoryItem(long id, LocalizedName name, int limitDays, String initials)
    implements Serializable {

  /**
   * Whether a type-ahead query finds this category: a part of its name in either language, or the
   * start of its own initials or of its path's (环境卫生 / 垃圾清运: "ljqy", "hjwsljqy", "hj").
   */
  public boolean matches(String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String q = query.strip().toLowerCase(Locale.ROOT);
    String own = initials.contains(" ") ? initials.substring(initials.indexOf(' ') + 1) : initials;
    return name.zh().contains(q)
        || name.en().toLowerCase(Locale.ROOT).contains(q)
        || own.startsWith(q)
        || initials.replace(" ", "").startsWith(q);
  }
}
