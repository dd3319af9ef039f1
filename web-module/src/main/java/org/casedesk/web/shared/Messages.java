package org.casedesk.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.casedesk.shared.BusinessException;

/** Turns bundle keys (from pages, business exceptions and Bean Validation) into messages. */
public final class Messages {

  public static final String BUNDLE = "org.casedesk.web.i18n.messages";
  public static final String VALIDATION_BUNDLE = "ValidationMessages";

  private Messages() {}

  public static String text(String key, Object... arguments) {
    Locale locale = locale();
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The text of a key, or {@code otherwise} when the bundle has no such key. */
  public static String textOr(String key, String otherwise) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale()).getString(key);
    } catch (MissingResourceException e) {
      return otherwise;
    }
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /** Keeps messages across the redirect after a successful POST. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /**
   * Runs one service call; a business failure, an invalid parameter or a refused access becomes a
   * localised message instead of an error page. Returns whether the call succeeded.
   */
  public static boolean attempt(Runnable serviceCall) {
    try {
      serviceCall.run();
      return true;
    } catch (BusinessException e) {
      error(e.getMessageKey(), e.getArguments());
    } catch (EJBAccessException e) {
      error("error.accessDenied");
    } catch (EJBException e) {
      if (!(e.getCause() instanceof ConstraintViolationException violations)) {
        throw e;
      }
      violations.getConstraintViolations().forEach(Messages::violation);
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations().forEach(Messages::violation);
    }
    return false;
  }

  /**
   * The text of a message template: a Bean Validation template in braces from the validation
   * bundle, otherwise a key of the application's bundle.
   */
  public static String textOfTemplate(String template) {
    if (template.startsWith("{") && template.endsWith("}")) {
      try {
        return ResourceBundle.getBundle(VALIDATION_BUNDLE, locale())
            .getString(template.substring(1, template.length() - 1));
      } catch (MissingResourceException e) {
        return template;
      }
    }
    return text(template);
  }

  private static void violation(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
    try {
      add(
          FacesMessage.SEVERITY_ERROR,
          ResourceBundle.getBundle(VALIDATION_BUNDLE, locale()).getString(key));
    } catch (MissingResourceException e) {
      add(FacesMessage.SEVERITY_ERROR, violation.getMessage());
    }
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : faces.getApplication().getDefaultLocale();
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
