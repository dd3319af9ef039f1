/**
 * ADMIN screens: the working-day calendar, categories and routing, the address tree, the reason
 * lists and the report job.
 */
package org.casedesk.web.admin;
