/**
 * Start-up work: Flyway migrations (and the Java ones), the optional demo data, and the database
 * probe used by the health check.
 */
package org.casedesk.setup;
