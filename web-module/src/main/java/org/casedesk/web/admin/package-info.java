/** ADMIN screens for reference data: the working-day calendar and the categories' time limits. */
package org.casedesk.web.admin;
