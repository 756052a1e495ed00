#!/usr/bin/env bash
# Offline checks of docker-compose.yml and k8s/, with no Docker engine and no cluster:
#   - docker-compose config -q accepts the compose file;
#   - kubectl kustomize renders k8s/overlays/dev and k8s/overlays/prod;
#   - every rendered object validates against the Kubernetes, CloudNativePG and Strimzi schemas,
#     every Deployment has probes, requests and limits and a locked-down security context, and
#     compose, manifests and ./run.sh agree on ports, databases, topics and configuration keys
#     (k8s/validate/validate.mjs says exactly what).
# A missing tool skips its part with a message; a problem fails. Run by ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
skip() { echo "k8s/check.sh: SKIPPED $*" >&2; }

if command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f docker-compose.yml config -q
  echo "docker-compose config: docker-compose.yml is valid"
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  docker compose -f docker-compose.yml config -q
  echo "docker compose config: docker-compose.yml is valid"
else
  skip "docker-compose config: neither docker-compose nor docker compose found (Debian: apt-get install docker-compose)"
fi

rendered=()
if command -v kubectl >/dev/null 2>&1; then
  for overlay in dev prod; do
    kubectl kustomize "k8s/overlays/$overlay" >"$tmp/$overlay.yaml"
    rendered+=(--rendered "$overlay=$tmp/$overlay.yaml")
  done
  echo "kubectl kustomize: rendered k8s/overlays/dev and k8s/overlays/prod"
else
  skip "kubectl not found: overlays not rendered, so not validated (compose and run.sh are still compared)"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  skip "node/npm not found: no schema validation and no comparison with run.sh (Debian: apt-get install nodejs npm)"
  exit 0
fi
validate=k8s/validate
if [ ! -f "$validate/node_modules/.package-lock.json" ] || [ "$validate/package-lock.json" -nt "$validate/node_modules/.package-lock.json" ]; then
  echo "Installing the validator's packages (npm ci in $validate)..."
  (cd "$validate" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$validate/validate.mjs" "${rendered[@]}"
