#!/usr/bin/env bash
# Runs every test of every module, against a real PostgreSQL and a real Kafka broker, which it
# starts first (and it stops the broker again if it was the one that started it).
# Extra arguments go to Maven, e.g. ./test.sh -pl contract-service -am
set -euo pipefail
cd "$(dirname "$0")"

k8s/check.sh  # docker-compose.yml and k8s/ against run.sh, offline (no Docker engine, no cluster)
infra/postgres.sh
broker_was_running=false
infra/kafka.sh status | grep -q running && broker_was_running=true
infra/kafka.sh start
if [ "$broker_was_running" = false ]; then
  trap 'infra/kafka.sh stop >/dev/null' EXIT
fi

# Redocly CLI, pinned in tools/openapi, for system-tests' lint of the merged OpenAPI document; the
# TypeScript client's pinned generator and compiler, for system-tests' TypeScriptClientIT.
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: installing Debian's nodejs and npm"
  sudo_apt() { if [ "$(id -u)" -eq 0 ]; then apt-get "$@"; else sudo apt-get "$@"; fi; }
  sudo_apt update -qq && sudo_apt install -y -qq nodejs npm >/dev/null
fi
npm ci --prefix tools/openapi --no-audit --no-fund --loglevel=error >/dev/null
npm ci --prefix clients/typescript --no-audit --no-fund --loglevel=error >/dev/null

mvn -B --no-transfer-progress verify "$@"
