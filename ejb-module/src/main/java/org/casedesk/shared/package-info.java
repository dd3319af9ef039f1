/**
 * Cross-feature building blocks: the base entity, the business exception, the role names, masking
 * of personal data, ID-number checks, password hashing, names in both languages and pieces of JPQL
 * that read the same on PostgreSQL and H2.
 */
package org.casedesk.shared;
