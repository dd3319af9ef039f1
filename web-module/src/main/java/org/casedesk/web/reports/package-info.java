/** Report screens for officials and the job screen for administrators. */
package org.casedesk.web.reports;
