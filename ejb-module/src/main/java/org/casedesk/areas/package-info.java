/**
 * The address tree: sub-district → community → grid → courtyard → flat. Every address belongs to
 * exactly one grid, which decides routing and scoping.
 */
package org.casedesk.areas;
