/**
 * Cross-feature building blocks: business exception, roles, masking of personal data, password
 * hashing and the configuration keys every module reads.
 */
package org.casedesk.shared;
