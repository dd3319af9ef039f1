package org.casedesk.categories;

import java.text.Collator;
import java.util.Locale;

/**
 * The pinyin initials of a Chinese text (环境卫生 → hjws), without a dictionary: the JDK's Chinese
 * collator orders the common (GB2312) characters by pinyin, so a character's initial is that of the
 * last boundary character (啊 for a, 芭 for b, …) not after it. Letters and digits are kept,
 * lower-cased; other characters are dropped. Polyphones get their first reading.
 */
public final class PinyinInitials {

  private static final String BOUNDARIES = "啊芭擦搭蛾发噶哈击喀垃妈拿哦啪期然撒塌挖昔压匝";
  private static final String LETTERS = "abcdefghjklmnopqrstwxyz";

  private PinyinInitials() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    Collator collator = Collator.getInstance(Locale.CHINA);
    StringBuilder initials = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp < 128) {
                if (Character.isLetterOrDigit(cp)) {
                  initials.append(Character.toLowerCase((char) cp));
                }
              } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String character = new String(Character.toChars(cp));
                for (int i = BOUNDARIES.length() - 1; i >= 0; i--) {
                  if (collator.compare(character, BOUNDARIES.substring(i, i + 1)) >= 0) {
                    initials.append(LETTERS.charAt(i));
                    break;
                  }
                }
              }
            });
    return initials.toString();
  }
}
