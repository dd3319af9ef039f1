/**
 * Sign-in: the form authentication mechanism, the identity stores backed by the sign-in services,
 * the login page and the signed-in user's session (user and language, which every view's locale
 * follows).
 */
package org.casedesk.web.security;
