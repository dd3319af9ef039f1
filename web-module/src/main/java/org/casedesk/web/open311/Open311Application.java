package org.casedesk.web.open311;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST application: Open311 GeoReport v2 under {@code /open311}. Outside every security
 * constraint (no form login, no session): clients identify themselves by {@code api_key}.
 */
@ApplicationPath("/open311")
@OpenAPIDefinition(
    info =
        @Info(
            title = "CaseDesk Open311 GeoReport v2",
            version = "2",
            description =
                "Open311 GeoReport v2 of the sub-district's case system (single jurisdiction),"
                    + " with the page/page_size extension and FixMyStreet's"
                    + " servicerequestupdates. Every resource answers as .json or .xml; errors are"
                    + " a list of {code, description}. POST needs an api_key; GETs without one"
                    + " withhold descriptions. Times are Asia/Shanghai (+08:00)."),
    tags = {
      @Tag(name = "discovery", description = "Service Discovery"),
      @Tag(name = "services", description = "Services (CaseDesk's categories)"),
      @Tag(name = "requests", description = "Service requests (cases)"),
      @Tag(name = "addresses", description = "The address tree, for address_id")
    })
public class Open311Application extends Application {

  @Override
  public Map<String, Object> getProperties() {
    // error responses keep their Open311 body instead of the web app's error page
    return Map.of("jersey.config.server.response.setStatusOverSendError", true);
  }
}
