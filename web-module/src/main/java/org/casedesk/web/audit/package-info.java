/** The ADMIN's view of the audit log. */
package org.casedesk.web.audit;
