#!/usr/bin/env bash
# Runs the whole system on this machine: PostgreSQL, Kafka, the three services and the gateway,
# loads demo data through the public API and prints where to point a browser.
#
#   ./run.sh            start everything, stay in the foreground, Ctrl-C stops it all
#   ./run.sh --detach   start everything and return once all is ready
#   ./run.sh stop       stop what ./run.sh started (by PID), nothing else
#   ./run.sh status     say what runs
#   ./run.sh token ROLE [ROLE...]   print a signed development JWT with these roles (docs/security.md)
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
state="$root/.run"
logs="$state/logs"
mkdir -p "$logs"

# name:module:port, in start order; the gateway last.
SERVICES=(payor-service:payor-service:8081 contract-service:contract-service:8082
          analytics-service:analytics-service:8083 gateway:gateway:8080)
# Four JVMs on a developer's machine: small at rest (about 100 to 205 MB each after start with their
# class archives, half the start time of the JVM's defaults; docs/benchmarks.md, start-up), growing
# to 384 MB of heap under load.
# A small heap means a small young generation, collected several times a second under sustained
# load: for load tests give full-size heaps, JAVA_OPTS="-Xms384m -Xmx384m -XX:+UseSerialGC", as the
# images do (InitialRAMPercentage=75) and the gateway benchmark does.
# The JVM hands freed native memory (C2's compiler arenas, mostly) back every 2 s: 15-25 MB per service.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=2000}
# glibc makes up to 8 malloc arenas per core, one per busy thread; two keep the native heap small.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# Webhooks to a receiver on this machine over http (yours while developing, and the demo's retired one,
# which answers 410 so the demo shows a disabled endpoint's alert); deployments keep the defaults: https to
# public addresses only (analytics-service/README.md, Webhooks).
export PAYORCONTRACTS_WEBHOOKS_TARGETS_ALLOW_HTTP=${PAYORCONTRACTS_WEBHOOKS_TARGETS_ALLOW_HTTP-true}
export PAYORCONTRACTS_WEBHOOKS_TARGETS_ALLOW_LOOPBACK=${PAYORCONTRACTS_WEBHOOKS_TARGETS_ALLOW_LOOPBACK-true}
# Front-ends in development (React on 3000, Vite on 5173) may call the gateway from a browser;
# set GATEWAY_CORS_ORIGINS to your own comma-separated origins, or to nothing to allow none.
export GATEWAY_CORS_ORIGINS=${GATEWAY_CORS_ORIGINS-http://localhost:3000,http://localhost:5173}

pid_of() { cat "$state/$1.pid" 2>/dev/null || true; }
alive() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# Development JWTs: an RSA key pair made on first use, kept in .run/jwt/ (git-ignored). The gateway
# (and the services) verify tokens with the public key; ./run.sh token signs them with the private one.
jwt="$state/jwt"
JWT_ISSUER=${JWT_ISSUER:-https://payorcontracts.local/issuer}
ROLES=(viewer contract-manager analyst billing-integration admin)

ensure_keys() {
  [ -f "$jwt/private.pem" ] && [ -f "$jwt/public.pem" ] && return
  mkdir -p "$jwt"
  chmod 700 "$jwt"
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$jwt/private.pem" 2>/dev/null)
  openssl pkey -in "$jwt/private.pem" -pubout -out "$jwt/public.pem"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

token() { # ROLE... -> a JWT for subject dev-<roles>, valid 8 hours
  [ $# -gt 0 ] || { echo "usage: $0 token ROLE [ROLE...]   roles: ${ROLES[*]}" >&2; exit 2; }
  local role groups="" now header payload unsigned
  for role in "$@"; do
    [[ " ${ROLES[*]} " == *" $role "* ]] || { echo "unknown role $role; roles: ${ROLES[*]}" >&2; exit 2; }
    groups+="${groups:+,}\"$role\""
  done
  ensure_keys
  now=$(date +%s)
  header='{"alg":"RS256","typ":"JWT"}'
  payload="{\"iss\":\"$JWT_ISSUER\",\"aud\":\"payorcontracts-api\",\"sub\":\"dev-$(IFS=-; echo "$*")\",\"groups\":[$groups],\"iat\":$now,\"exp\":$((now + 8 * 3600)),\"jti\":\"$(openssl rand -hex 16)\"}"
  unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
  printf '%s.%s\n' "$unsigned" "$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$jwt/private.pem" | b64url)"
}

ready() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/q/health/ready"; }

build_if_changed() {
  local stamp="$state/build.stamp"
  if [ -f "$stamp" ] && [ -z "$(find . -path ./.run -prune -o -path '*/target' -prune -o -path ./infra/.kafka -prune \
        -o -path '*/node_modules' -prune -o -type f \( -name '*.java' -o -name '*.properties' -o -name '*.sql' \
        -o -name 'pom.xml' -o -name '*.html' \) -newer "$stamp" -print -quit)" ]; then
    echo "Build is up to date."
    return
  fi
  echo "Building (mvn package, tests skipped; ./test.sh runs them)..."
  mvn -B -q --no-transfer-progress package -DskipTests -pl payor-service,contract-service,analytics-service,gateway -am
  touch "$stamp"
}

# AppCDS: a start without a current archive writes one when ./run.sh stops it (-XX:ArchiveClassesAtExit);
# later starts map it (-XX:SharedArchiveFile): up to a quarter off one service's start, a third off the
# four started together, 5-10 MB of RSS each (docs/benchmarks.md, start-up). A build makes the archive stale: the next start writes a new one (a
# JVM that finds its archive does not match the jar says so in its log and runs without it).
class_archive() {
  local name=$1 module=$2 archive="$state/cds/$1.jsa"
  mkdir -p "$state/cds"
  if [ -s "$archive" ] && [ "$archive" -nt "$module/target/quarkus-app/quarkus-run.jar" ]; then
    echo "-XX:SharedArchiveFile=$archive"
  else
    rm -f "$archive"
    # (The dump warns of every class it leaves out: thousands of log lines, none of them actionable.)
    echo "-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off"
  fi
}

start_service() {
  local name=$1 module=$2 port=$3
  if alive "$name"; then
    echo "$name already running (pid $(pid_of "$name"))"
    return
  fi
  # shellcheck disable=SC2086
  nohup java $JAVA_OPTS $(class_archive "$name" "$module") -Dmp.jwt.verify.publickey.location="$jwt/public.pem" -Dmp.jwt.verify.issuer="$JWT_ISSUER" -jar "$module/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 &
  echo $! >"$state/$name.pid"
  echo "$name starting on 127.0.0.1:$port (log $logs/$name.log)"
}

await_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 300); do
    if ready "$port"; then return 0; fi
    if ! alive "$name"; then
      echo "$name exited; last lines of $logs/$name.log:" >&2
      tail -30 "$logs/$name.log" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "$name not ready after 60 s; see $logs/$name.log" >&2
  return 1
}

stop_all() {
  for ((i = ${#SERVICES[@]} - 1; i >= 0; i--)); do
    local name=${SERVICES[$i]%%:*}
    if alive "$name"; then
      kill "$(pid_of "$name")"
      for _ in $(seq 1 75); do alive "$name" || break; sleep 0.2; done
      alive "$name" && kill -9 "$(pid_of "$name")"
      echo "$name stopped"
    fi
    rm -f "$state/$name.pid"
  done
  if [ -f "$state/kafka.ours" ]; then
    infra/kafka.sh stop
    rm -f "$state/kafka.ours"
  fi
}

status() {
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name _ port <<<"$entry"
    if alive "$name"; then
      if ready "$port"; then s="ready"; else s="starting or unhealthy"; fi
      echo "$name: running (pid $(pid_of "$name")), $s on 127.0.0.1:$port"
    else
      echo "$name: stopped"
    fi
  done
  infra/kafka.sh status
}

up() {
  build_if_changed
  infra/postgres.sh
  if ! infra/kafka.sh status | grep -q running; then
    touch "$state/kafka.ours"
  fi
  infra/kafka.sh start
  ensure_keys
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name module port <<<"$entry"
    start_service "$name" "$module" "$port"
  done
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name _ port <<<"$entry"
    await_ready "$name" "$port" || { stop_all; exit 1; }
  done
  PAYORCONTRACTS_TOKEN=$(token admin) infra/demo-data.sh http://127.0.0.1:8080
  cat <<MSG

payorcontracts is up.
  Swagger UI (all services):  http://127.0.0.1:8080/q/swagger-ui/
  OpenAPI document:           http://127.0.0.1:8080/q/openapi
  API base:                   http://127.0.0.1:8080/api/v1/
  Logs:                       $logs
  A token for Swagger UI's Authorize or curl: ./run.sh token admin   (roles: ${ROLES[*]})
MSG
}

case "${1:-}" in
  stop) stop_all ;;
  status) status ;;
  token) shift; token "$@" ;;
  --detach) up; echo "Stop it with: ./run.sh stop" ;;
  "")
    up
    echo "Press Ctrl-C to stop."
    trap 'echo; stop_all; exit 0' INT TERM
    while true; do sleep 1; done
    ;;
  *) echo "usage: $0 [--detach | stop | status | token ROLE...]" >&2; exit 2 ;;
esac
