/**
 * Helpers every page uses: localised messages from bundle keys, service error handling, and
 * redirect-after-POST of a successful action ({@link Pages}).
 */
package org.casedesk.web.shared;
