/**
 * The address tree: sub-district → community → grid → courtyard → entrance → flat, and public
 * places under a grid. Every address belongs to exactly one grid, which decides routing and
 * scoping.
 */
package org.casedesk.areas;
