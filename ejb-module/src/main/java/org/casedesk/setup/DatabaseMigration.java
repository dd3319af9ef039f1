package org.casedesk.setup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up, before anything else touches the database. The schema
 * comes only from these migrations ({@code db/migration/common} plus one folder per database
 * vendor).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/casedesk")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
            .javaMigrations(new RecomputeDueTimes())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Flyway: "
                + result.migrationsExecuted
                + " migration(s) applied, schema now at "
                + result.targetSchemaVersion);
  }

  /** {@code postgresql} or {@code h2}: the folder of vendor-specific migrations. */
  private String vendor() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "postgresql" : "h2";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database", e);
    }
  }
}
