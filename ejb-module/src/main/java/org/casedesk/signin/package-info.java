/**
 * Signing in and one's own account: password check and change, the LDAP directory's users and
 * sign-in throttling (locks written to the audit log).
 */
package org.casedesk.signin;
