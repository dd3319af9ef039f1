/**
 * The official working-day calendar (holidays and make-up working days) and the due-time arithmetic
 * built on it.
 */
package org.casedesk.calendar;
