/** The append-only audit log of who saw or revealed residents' personal data. */
package org.casedesk.audit;
