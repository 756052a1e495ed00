#!/usr/bin/env bash
# Webhook latency benchmark (not a test): 1,000 job.finished events (repricing jobs) from their cause
# (the job's end committing with its event in analytics' outbox) through the analytics-changed topic,
# the fan-out and the sender to a receiver on loopback; p50/p99/max of cause to receipt.
#
#   bench/webhooks/run.sh [events]          (default 1000)
#
# Starts its own analytics-service JVM on 127.0.0.1:18297 from analytics-service/target (package it
# first: mvn -pl analytics-service -am package -DskipTests), in schema bench_webhooks of the
# analytics_test database, on the shared broker's test topics with consumer groups of its own, with
# loopback http targets allowed; stops it at the end. Needs PostgreSQL and Kafka up (infra) and the
# dev JWT keys (./run.sh token admin makes them once), or JWT_PUBLIC_KEY, JWT_ISSUER and
# PAYORCONTRACTS_TOKEN of another key pair. It holds /tmp/mvn.lock (flock) while its JVM runs, so no
# build, test or other stack shares the machine's ports and cores with it; it waits for the lock.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${PAYORCONTRACTS_BENCH_LOCKED:-}" ]; then
  exec env PAYORCONTRACTS_BENCH_LOCKED=1 flock /tmp/mvn.lock "$0" "$@"
fi
events=${1:-1000}
port=18297
jar=analytics-service/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "$jar is missing: package analytics-service first" >&2; exit 1; }
token=${PAYORCONTRACTS_TOKEN:-$(./run.sh token admin)}
run=$(date +%s)
log=$(mktemp)
java -Xmx256m -Dquarkus.http.port=$port -Dquarkus.log.console.json.enabled=false \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/analytics_test?currentSchema=bench_webhooks" \
  -Dquarkus.flyway.schemas=bench_webhooks -Dquarkus.flyway.clean-at-start=true -Dquarkus.flyway.clean-disabled=false \
  -Dmp.jwt.verify.publickey.location="${JWT_PUBLIC_KEY:-.run/jwt/public.pem}" \
  -Dmp.jwt.verify.issuer="${JWT_ISSUER:-https://payorcontracts.local/issuer}" \
  -Dpayorcontracts.consumer.topic=test.contract-changed -Dpayorcontracts.consumer.group-id=bench-wh-$run \
  -Dpayorcontracts.consumer.reference-schedule.topic=test.reference-schedule-changed \
  -Dpayorcontracts.consumer.reference-schedule.group-id=bench-wh-rs-$run \
  -Dpayorcontracts.webhooks.analytics-topic=test.analytics-changed \
  -Dpayorcontracts.webhooks.contract-group-id=bench-wh-c-$run -Dpayorcontracts.webhooks.analytics-group-id=bench-wh-a-$run \
  -Dpayorcontracts.webhooks.targets.allow-http=true -Dpayorcontracts.webhooks.targets.allow-loopback=true \
  -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 $pid 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
  sleep 0.5
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/webhooks/WebhookLatency.java "http://127.0.0.1:$port" "$token" "$events"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
curl -fs "http://127.0.0.1:$port/q/metrics" | grep '^webhooks_delivery_lag_seconds{' || true
