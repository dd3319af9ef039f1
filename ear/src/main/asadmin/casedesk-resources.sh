#!/usr/bin/env bash
# Prepares a running Payara Server 6 domain for casedesk.ear (see README, "Deploying the EAR").
#
#   PAYARA_HOME=/opt/payara6 CASEDESK_DB_URL=jdbc:postgresql://db:5432/casedesk \
#   CASEDESK_DB_USER=casedesk CASEDESK_DB_PASSWORD=… CASEDESK_JDBC_DRIVER=postgresql-42.7.14.jar \
#   bash casedesk-resources.sh [asadmin options, e.g. --port 4848]
#
# It installs the PostgreSQL driver (restarting the domain), stores the database password as
# a password alias (never in domain.xml), creates the validated connection pool and the JDBC
# resource jdbc/casedesk, keeps the JSR-352 job repository in that database, and binds the HTTP
# listener to localhost (CASEDESK_HTTP_ADDRESS to change), then restarts the domain. Safe to run
# again: existing resources are kept.
set -euo pipefail
: "${PAYARA_HOME:?PAYARA_HOME must point at the Payara Server installation}"
: "${CASEDESK_DB_URL:?CASEDESK_DB_URL must be set, e.g. jdbc:postgresql://127.0.0.1:5432/casedesk}"
: "${CASEDESK_DB_USER:?CASEDESK_DB_USER must be set}"
: "${CASEDESK_DB_PASSWORD:?CASEDESK_DB_PASSWORD must be set}"
: "${CASEDESK_JDBC_DRIVER:?CASEDESK_JDBC_DRIVER must name the PostgreSQL JDBC driver jar}"
DOMAIN=${CASEDESK_DOMAIN:-domain1}
ASADMIN=("$PAYARA_HOME/bin/asadmin" --interactive=false "$@")

asadmin() { "${ASADMIN[@]}" "$@"; }
exists() { asadmin "$1" 2>/dev/null | grep -qx "$2"; }

if ! asadmin list-libraries --type common | grep -q "$(basename "$CASEDESK_JDBC_DRIVER")"; then
  asadmin add-library --type common "$CASEDESK_JDBC_DRIVER"
  asadmin restart-domain ${CASEDESK_DOMAINDIR:+--domaindir "$CASEDESK_DOMAINDIR"} "$DOMAIN"
fi

password_file=$(mktemp)
trap 'rm -f "$password_file"' EXIT
printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$CASEDESK_DB_PASSWORD" >"$password_file"
if asadmin list-password-aliases | grep -qx casedesk-db; then
  asadmin --passwordfile "$password_file" update-password-alias casedesk-db
else
  asadmin --passwordfile "$password_file" create-password-alias casedesk-db
fi

# asadmin separates properties with ':', so the URL's colons are escaped.
url=${CASEDESK_DB_URL//:/\\:}
if ! exists list-jdbc-connection-pools casedesk-pool; then
  asadmin create-jdbc-connection-pool \
    --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
    --steadypoolsize 2 --maxpoolsize 32 \
    --isconnectvalidatereq true --validationmethod custom-validation \
    --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
    --failconnection true \
    --property "url=$url:user=$CASEDESK_DB_USER:password=\${ALIAS=casedesk-db}" \
    casedesk-pool
fi
exists list-jdbc-resources jdbc/casedesk ||
  asadmin create-jdbc-resource --connectionpoolid casedesk-pool jdbc/casedesk
asadmin ping-connection-pool casedesk-pool

asadmin set configs.config.server-config.batch-runtime-configuration.data-source-lookup-name=jdbc/casedesk
# the job repository tables Flyway creates (V95), as Payara Micro names them
asadmin set configs.config.server-config.batch-runtime-configuration.table-prefix=jbatch
asadmin set "configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.address=${CASEDESK_HTTP_ADDRESS:-127.0.0.1}"
# No Server / X-Powered-By headers, no /metrics on the application's port, and URLs the
# server builds name CASEDESK_SERVER_NAME (the name users see, e.g. casedesk.example.gov.cn:443),
# not a Host header a client sent. Not fatal: the application works without them.
http=configs.config.server-config.network-config.protocols.protocol.http-listener-1.http
asadmin set "$http.xpowered-by=false" "$http.server-header=false" || echo "WARNING: headers not set" >&2
if [ -n "${CASEDESK_SERVER_NAME:-}" ]; then
  asadmin set "$http.server-name=$CASEDESK_SERVER_NAME" || echo "WARNING: server-name not set" >&2
fi
asadmin set-metrics-configuration --enabled=false || echo "WARNING: metrics still on" >&2
# The batch runtime reads its data source once, when it first starts: restart so that the job
# repository really is jdbc/casedesk, not Payara's own H2.
asadmin restart-domain ${CASEDESK_DOMAINDIR:+--domaindir "$CASEDESK_DOMAINDIR"} "$DOMAIN"
