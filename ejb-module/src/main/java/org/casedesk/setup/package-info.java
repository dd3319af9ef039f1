/**
 * Start-up work: Flyway migrations, the optional demo data, and the database probe used by the
 * health check.
 */
package org.casedesk.setup;
