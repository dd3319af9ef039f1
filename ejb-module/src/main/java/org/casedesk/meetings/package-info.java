/**
 * 社工委会议: meetings, invitations and attendance, agenda items from escalated cases or free topics,
 * minutes (also as PDF), decisions with owner, deadline and status.
 */
package org.casedesk.meetings;
