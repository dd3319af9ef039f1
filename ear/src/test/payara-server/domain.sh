#!/usr/bin/env bash
# Test tier 3: a throw-away Payara Server 6 domain under ear/target, prepared with the shipped
# ear/src/main/asadmin/casedesk-resources.sh and running casedesk.ear (ports 20000 + n:
# HTTP 20080, admin 20048). Called by the payara-server profile with "start" and "stop".
set -euo pipefail
: "${PAYARA_HOME:?}"
here=$(cd "$(dirname "$0")" && pwd)
domaindir=$(dirname "$PAYARA_HOME")/payara-domains
asadmin=("$PAYARA_HOME/bin/asadmin" --interactive=false)
admin=(--port 20048)

case "${1:-}" in
start)
  : "${CASEDESK_EAR:?}"
  "${asadmin[@]}" stop-domain --domaindir "$domaindir" casedesk-it >/dev/null 2>&1 || true
  rm -rf "$domaindir"
  begin=$(date +%s%N)
  "${asadmin[@]}" create-domain --nopassword --portbase 20000 --domaindir "$domaindir" casedesk-it >/dev/null
  "${asadmin[@]}" start-domain --domaindir "$domaindir" casedesk-it
  # Maven skips post-integration-test when this fails, so do not leave the domain running.
  trap '"${asadmin[@]}" stop-domain --domaindir "$domaindir" casedesk-it >/dev/null 2>&1' ERR
  CASEDESK_DOMAIN=casedesk-it CASEDESK_DOMAINDIR=$domaindir \
    bash "$here/../../main/asadmin/casedesk-resources.sh" "${admin[@]}"
  # The scheduler is not under test here; keep it from starting yesterday's report on its own.
  "${asadmin[@]}" "${admin[@]}" create-system-properties casedesk.report.nightly-enabled=false
  deploy_begin=$(date +%s%N)
  "${asadmin[@]}" "${admin[@]}" deploy --name casedesk "$CASEDESK_EAR"
  deployed=$(date +%s%N)
  for _ in $(seq 60); do
    if curl -fsS -o /dev/null http://127.0.0.1:20080/login.xhtml; then
      echo "casedesk.ear: domain ready and deployed in $(((deployed - begin) / 1000000)) ms," \
        "deploy $(((deployed - deploy_begin) / 1000000)) ms"
      exit 0
    fi
    sleep 1
  done
  echo "casedesk.ear deployed but http://127.0.0.1:20080/login.xhtml does not answer" >&2
  tail -n 200 "$domaindir/casedesk-it/logs/server.log" >&2
  "${asadmin[@]}" stop-domain --domaindir "$domaindir" casedesk-it >/dev/null 2>&1
  exit 1
  ;;
stop)
  if [ -d "$domaindir/casedesk-it" ]; then
    cp "$domaindir/casedesk-it/logs/server.log" "$(dirname "$PAYARA_HOME")/payara-server.log" || true
    "${asadmin[@]}" stop-domain --domaindir "$domaindir" casedesk-it || true
  fi
  ;;
*)
  echo "usage: $0 start|stop" >&2
  exit 2
  ;;
esac
