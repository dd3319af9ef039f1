package org.casedesk.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view's locale is the language the user chose (中文 / English in the header), never the
 * browser's Accept-Language: validation and conversion messages are created before the page's
 * {@code f:view locale} is applied, from the locale calculated here.
 */
public class UserLocaleViewHandler extends ViewHandlerWrapper {

  public UserLocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current().select(UserSession.class).get().getLocale();
  }
}
