#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 on 127.0.0.1:5432 and makes sure every service has its own
# login role and databases (one for running, one for tests). Idempotent; changes nothing else.
set -euo pipefail

SERVICES=(payor contract analytics)

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ ! -d /etc/postgresql ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed; run as root or: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing PostgreSQL (Debian package)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /etc/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" && $4=="online"' | grep -q .; then
  # Start it without our open files: run under `flock /tmp/mvn.lock` (as the benches are), the server
  # would otherwise inherit the lock and hold it for as long as it runs, blocking every build.
  (for fd in /proc/self/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done
   exec pg_ctlcluster "$version" main start)
fi

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi
}
psql_admin() { as_postgres "psql -v ON_ERROR_STOP=1 -qtAX -d postgres -c \"$1\""; }

for _ in $(seq 1 30); do as_postgres "pg_isready -q -h 127.0.0.1" && break; sleep 0.5; done

for svc in "${SERVICES[@]}"; do
  # Dev credentials only: production passes QUARKUS_DATASOURCE_PASSWORD from a secret.
  if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$svc'")" ]; then
    psql_admin "CREATE ROLE $svc LOGIN PASSWORD '$svc'"
  fi
  for db in "$svc" "${svc}_test"; do
    if [ -z "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      psql_admin "CREATE DATABASE $db OWNER $svc"
    fi
  done
done
echo "PostgreSQL $version ready on 127.0.0.1:5432 (databases: ${SERVICES[*]} and *_test)"
