/** What only the Payara Micro WAR contains: its data source definition (the EAR uses asadmin's). */
package org.casedesk.micro;
