/**
 * The append-only audit log: who saw, revealed, searched or exported residents' personal data,
 * changed users and passwords, or was locked out at sign-in; read by ADMIN, and purged nightly
 * after the retention period.
 */
package org.casedesk.audit;
