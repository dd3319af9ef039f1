package org.casedesk.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A business rule was broken. Carries a bundle key (and arguments) rather than text; the web tier
 * turns it into a localised message. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Serializable[] arguments;

  public BusinessException(String messageKey, Serializable... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return arguments.clone();
  }
}
