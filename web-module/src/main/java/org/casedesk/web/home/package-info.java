/** The home page: each role's open and overdue case counts and its shortcuts. */
package org.casedesk.web.home;
