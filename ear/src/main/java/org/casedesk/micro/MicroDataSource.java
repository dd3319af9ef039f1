package org.casedesk.micro;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's data source on Payara Micro (only the Micro WAR contains this class; the EAR
 * uses the JDBC resource {@code jdbc/casedesk} created with asadmin instead).
 *
 * <p>Defaults: an H2 file database in {@code ~/.casedesk}. The environment variables
 * CASEDESK_DB_DATASOURCE, CASEDESK_DB_URL, CASEDESK_DB_USER and CASEDESK_DB_PASSWORD (or the
 * matching -Dcasedesk.db.* properties) switch the same build to PostgreSQL. The defaults must sit
 * inside the annotation: defaults read from microprofile-config.properties arrive too late and
 * leave a non-XA pool.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/casedesk",
    className = "${MPCONFIG=casedesk.db.datasource:org.h2.jdbcx.JdbcDataSource}",
    url = "${MPCONFIG=casedesk.db.url:jdbc:h2:~/.casedesk/casedesk}",
    user = "${MPCONFIG=casedesk.db.user:casedesk}",
    password = "${MPCONFIG=casedesk.db.password:casedesk}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class MicroDataSource {}
