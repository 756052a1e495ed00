#!/usr/bin/env bash
# A stack for benchmarks on a shared machine, beside whatever ./run.sh stack may run: the four
# packaged services on 127.0.0.1:18080-18083 (the ports system-tests use) on the *_test databases,
# emptied at start (Flyway clean, as every test does), with the test.* topics and consumer groups of
# their own, and the gateway's per-client rate limit lifted. The shared dev databases are left alone
# (another branch's migrations there make a ./run.sh stack of this one refuse to start). Tokens:
# ./run.sh token ROLE (the same .run/jwt key). Hold /tmp/mvn.lock while it runs: tests use the
# same databases and ports.
#
#   bench/test-db-stack.sh start | stop        then GATEWAY=http://127.0.0.1:18080 bench/<area>/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state=bench/.test-db-stack
heap=${JAVA_OPTS:--Xms384m -Xmx384m -XX:+UseSerialGC}

stop() {
  for name in gateway analytics-service contract-service payor-service; do
    if [ -f "$state/$name.pid" ]; then
      pid=$(cat "$state/$name.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 75); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
      rm -f "$state/$name.pid"
    fi
  done
}

start_one() { # NAME PORT OPTIONS...
  local name=$1 port=$2
  shift 2
  # shellcheck disable=SC2086
  nohup java $heap -Dquarkus.http.port="$port" -Dmp.jwt.verify.publickey.location="$root/.run/jwt/public.pem" \
    -Dmp.jwt.verify.issuer="${JWT_ISSUER:-https://payorcontracts.local/issuer}" "$@" \
    -jar "$name/target/quarkus-app/quarkus-run.jar" >"$state/$name.log" 2>&1 &
  echo $! >"$state/$name.pid"
}

db() { echo "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$1_test -Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false"; }

case "${1:-}" in
  start)
    mkdir -p "$state"
    ./run.sh token admin >/dev/null # makes the key pair once
    run=$(date +%s)
    # shellcheck disable=SC2046
    start_one payor-service 18081 $(db payor) -Dpayorcontracts.topics.payor-changed=test.payor-changed
    # shellcheck disable=SC2046
    start_one contract-service 18082 $(db contract) -Dpayorcontracts.topics.contract-changed=test.contract-changed \
      -Dpayorcontracts.topics.reference-schedule-changed=test.reference-schedule-changed \
      -Dpayorcontracts.topics.negotiation-changed=test.negotiation-changed \
      -Dquarkus.rest-client.payor-service.url=http://127.0.0.1:18081 \
      -Dpayorcontracts.consumer.payor-changed.topic=test.payor-changed \
      -Dpayorcontracts.consumer.payor-changed.group-id=bench-payors-$run
    # shellcheck disable=SC2046
    start_one analytics-service 18083 $(db analytics) -Dpayorcontracts.consumer.topic=test.contract-changed \
      -Dpayorcontracts.consumer.group-id=bench-$run \
      -Dpayorcontracts.consumer.reference-schedule.topic=test.reference-schedule-changed \
      -Dpayorcontracts.consumer.reference-schedule.group-id=bench-rs-$run \
      -Dpayorcontracts.consumer.negotiation.topic=test.negotiation-changed \
      -Dpayorcontracts.consumer.negotiation.group-id=bench-neg-$run \
      -Dpayorcontracts.webhooks.analytics-topic=test.analytics-changed \
      -Dpayorcontracts.webhooks.contract-group-id=bench-wh-$run \
      -Dpayorcontracts.webhooks.analytics-group-id=bench-wha-$run \
      -Dpayorcontracts.consumer.payor.topic=test.payor-changed \
      -Dpayorcontracts.consumer.payor.group-id=bench-payor-$run
    routes=()
    for route in payors:18081 contracts:18082 reference-schedules:18082 service-catalog:18082 quotes:18082 \
                 analytics:18083 webhooks:18083 alerts:18083; do
      routes+=("-Dgateway.routes.${route%%:*}.url=http://127.0.0.1:${route##*:}")
    done
    start_one gateway 18080 "${routes[@]}" -Dgateway.rate-limit.requests-per-second=1000000 -Dgateway.rate-limit.burst=1000000
    for port in 18081 18082 18083 18080; do
      for _ in $(seq 1 600); do
        curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready" && break
        sleep 0.2
      done
      curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready" \
        || { echo "port $port not ready; logs in $state/" >&2; stop; exit 1; }
    done
    echo "stack up on http://127.0.0.1:18080 (logs in $state/)"
    ;;
  stop) stop ;;
  *) echo "usage: $0 start | stop" >&2; exit 2 ;;
esac
