/**
 * User accounts, their role and the area they are scoped to; password verification for the identity
 * store.
 */
package org.casedesk.accounts;
