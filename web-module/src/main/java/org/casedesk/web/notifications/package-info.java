/**
 * The header's unread badge and the notification list (mark read, mark all read, open the case).
 */
package org.casedesk.web.notifications;
