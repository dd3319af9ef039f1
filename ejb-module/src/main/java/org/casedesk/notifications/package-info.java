/**
 * In-app notifications: what happened to a user's cases and tasks (dispatched, urged, decided …),
 * written in the transaction of the action, with the unread badge and the list of each user.
 */
package org.casedesk.notifications;
