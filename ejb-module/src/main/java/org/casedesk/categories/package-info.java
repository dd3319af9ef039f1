/**
 * Categories (诉求分类, two levels) with their time limits, the intake channels and each channel's own
 * limit per category; kept by ADMIN, read by intake, routing and the reports.
 */
package org.casedesk.categories;
