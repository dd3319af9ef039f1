/**
 * 志愿服务 and unit services: volunteer activities with their participants' hours, the services member
 * units give residents, and the totals per member and unit.
 */
package org.casedesk.volunteer;
