/**
 * User accounts, their role and the area they are scoped to ({@code UserAccount}, {@code
 * AccountRepository}), and the base of the services of a signed-in user ({@code BaseService}: the
 * caller and the clock). Depends on nothing but {@code shared}, so every feature can use it.
 */
package org.casedesk.accounts;
