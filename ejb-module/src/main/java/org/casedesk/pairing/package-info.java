/**
 * 结对帮扶: members paired with vulnerable residents, visit cadences per vulnerable group, visits and
 * the cases raised from them.
 */
package org.casedesk.pairing;
