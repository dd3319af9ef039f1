/**
 * Screens of committee meetings (社工委会议): agenda, attendance, decisions and their tasks, minutes
 * PDF.
 */
package org.casedesk.web.meetings;
