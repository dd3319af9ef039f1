/**
 * Screens of volunteer activities (志愿服务) with their participants' hours, and of unit services to
 * residents.
 */
package org.casedesk.web.volunteer;
