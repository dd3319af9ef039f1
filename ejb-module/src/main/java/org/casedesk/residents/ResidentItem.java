package org.casedesk.residents;

import java.io.Serializable;

/**
 * A resident as pickers show it: phone and address already masked on the server (enough to tell two
 * 张军 apart: 138****5678 · 贤后街15号 1单元 1**).
 */
public record ResidentItem(
    long id, String name, String maskedPhone, Long flatId, String maskedAddress)
    implements Serializable {

  /** What the picker shows: name, masked phone and masked address. */
  public String label() {
    StringBuilder label = new StringBuilder(name);
    if (!maskedPhone.isEmpty()) {
      label.append(' ').append(maskedPhone);
    }
    if (!maskedAddress.isEmpty()) {
      label.append(" · ").append(maskedAddress);
    }
    return label.toString();
  }
}
