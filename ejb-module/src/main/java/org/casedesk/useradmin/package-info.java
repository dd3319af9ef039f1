/**
 * User administration: ADMIN creates, edits, deactivates and reactivates users, resets passwords to
 * one-time passwords and imports users from a sheet; community officials do the same for the
 * handlers of their own community. Every action is written to the audit log.
 */
package org.casedesk.useradmin;
