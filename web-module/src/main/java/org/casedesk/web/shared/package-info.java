/**
 * Helpers every page uses: localised messages from bundle keys, service error handling,
 * redirect-after-POST of a successful action and the page's role checks ({@link Pages}), the
 * address select boxes ({@link AddressPicker}), upload messages and the error page.
 */
package org.casedesk.web.shared;
