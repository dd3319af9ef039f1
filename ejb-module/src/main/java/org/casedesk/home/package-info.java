/**
 * The home page's figures: each role's open and overdue counts and what needs the user now, counted
 * in the database from cases, the report runs and the job repository.
 */
package org.casedesk.home;
