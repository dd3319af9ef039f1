/**
 * Sign-in: the form authentication mechanism, the identity store backed by the accounts service,
 * the login page and the signed-in user's session (user and language).
 */
package org.casedesk.web.security;
