#!/usr/bin/env bash
# Start-up benchmark (not a test): each service started alone, JVM mode, beside a minimal Quarkus
# app (bench/startup/minimal: one REST resource and health), under several sets of JVM flags.
# For each start it records the time from launching java to the first 200 of /q/health/ready,
# Quarkus' own "started in", and the resident set (VmRSS) 3 s and 15 s after ready; it prints the median
# of the runs per app and flag set. Figures and the flags chosen: docs/benchmarks.md.
#
#   bench/startup/run.sh [runs] [flag-set...]     (defaults: 3 runs; every flag set below)
#   MVN="/work/bin/mvnl" bench/startup/run.sh     (the Maven that builds the minimal app if needed)
#
# Needs the services packaged (mvn package -DskipTests), PostgreSQL and Kafka up (infra/), curl.
# The services use their own development databases and topics, as ./run.sh does; they listen on
# 18190-18194, so a running ./run.sh stack or system-tests run is not disturbed. AppCDS archives
# are made by a training start of each app (-XX:ArchiveClassesAtExit, stopped with SIGTERM) into
# bench/startup/target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=${1:-3}
shift || true
out=$root/bench/startup/target
mkdir -p "$out/logs"
mvn_cmd=${MVN:-mvn -B -ntp}

# name:jar:port
APPS=(minimal:bench/startup/minimal/target/quarkus-app/quarkus-run.jar:18190
      payor-service:payor-service/target/quarkus-app/quarkus-run.jar:18191
      contract-service:contract-service/target/quarkus-app/quarkus-run.jar:18192
      analytics-service:analytics-service/target/quarkus-app/quarkus-run.jar:18193
      gateway:gateway/target/quarkus-app/quarkus-run.jar:18194)

# Flag sets: name=flags. "cds" in a name adds the app's AppCDS archive.
declare -A FLAGS=(
  [default]=""
  [run.sh-before]="-Xms384m -Xmx384m -XX:+UseSerialGC"
  [serial-small]="-XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxRAM=1g"
  [serial-small-cds]="-XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxRAM=1g"
  [c1-serial-small-cds]="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxRAM=1g"
  [lean-cds]="-XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxRAM=1g -XX:CICompilerCount=2 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
  [run.sh]="-XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m"
  # The same, returning freed native memory (C2's compiler arenas, mostly) to the system every 2 s.
  [run.sh-trim]="-XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=2000"
  [trim-cds]="-XX:+UseSerialGC -Xms32m -Xmx384m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=2000"
)
# These sets also cap glibc's malloc arenas (up to 8 per core, one per busy thread, each touching
# memory of its own), the native cost of a JVM that the flags do not reach; ./run.sh does the same.
declare -A ARENAS=([lean-cds]=2 [run.sh]=2 [run.sh-trim]=2 [trim-cds]=2)
ORDER=(default run.sh-before serial-small serial-small-cds c1-serial-small-cds lean-cds run.sh run.sh-trim trim-cds)
[ $# -gt 0 ] && ORDER=("$@")

if [ ! -f bench/startup/minimal/target/quarkus-app/quarkus-run.jar ]; then
  echo "Building the minimal app..."
  $mvn_cmd -q package -f bench/startup/minimal/pom.xml
fi
for app in "${APPS[@]}"; do
  IFS=: read -r name jar port <<<"$app"
  [ -f "$jar" ] || { echo "$jar is missing: package the services first (mvn package -DskipTests)" >&2; exit 1; }
done

# A key pair of the run's own: the services only need a public key to start.
[ -f "$out/public.pem" ] || {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$out/private.pem" 2>/dev/null
  openssl pkey -in "$out/private.pem" -pubout -out "$out/public.pem"
}

pid=""
cleanup() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; }
trap cleanup EXIT

now_ms() { date +%s%3N; }

# start NAME JAR PORT FLAGS... : launches the app, leaves its pid in $pid
start() {
  local name=$1 jar=$2 port=$3
  shift 3
  # shellcheck disable=SC2068
  MALLOC_ARENA_MAX=$arenas java $@ -Dquarkus.http.port="$port" -Dmp.jwt.verify.publickey.location="$out/public.pem" \
    -Dgateway.routes.payors.url=http://127.0.0.1:18191 -Dgateway.routes.contracts.url=http://127.0.0.1:18192 \
    -Dgateway.routes.analytics.url=http://127.0.0.1:18193 \
    -jar "$jar" >"$out/logs/$name.log" 2>&1 &
  pid=$!
}

await_ready() { # PORT -> 0 once ready, 1 after 60 s or if the process died
  for _ in $(seq 1 3000); do
    curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$1/q/health/ready" && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.02
  done
  return 1
}

stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

printf '%-18s %-20s %10s %12s %9s %10s\n' app flags ready_ms quarkus_s rss_mb rss_15s_mb
for set in "${ORDER[@]}"; do
  flags=${FLAGS[$set]}
  arenas=${ARENAS[$set]:-}   # empty: glibc's default
  for app in "${APPS[@]}"; do
    IFS=: read -r name jar port <<<"$app"
    extra=""
    if [[ $set == *cds* ]]; then
      archive="$out/$name-${set}.jsa"
      if [ ! -f "$archive" ]; then
        # shellcheck disable=SC2086
        start "$name" "$jar" "$port" $flags -XX:ArchiveClassesAtExit="$archive"
        await_ready "$port" || { echo "$name did not start for its CDS training run; see $out/logs/$name.log" >&2; exit 1; }
        curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" || true
        stop
      fi
      extra="-XX:SharedArchiveFile=$archive"
    fi
    ready=(); started=(); rss=(); rss_later=()
    for _ in $(seq 1 "$runs"); do
      t0=$(now_ms)
      # shellcheck disable=SC2086
      start "$name" "$jar" "$port" $flags $extra
      await_ready "$port" || { echo "$name did not get ready; see $out/logs/$name.log" >&2; exit 1; }
      ready+=($(( $(now_ms) - t0 )))
      sleep 3
      rss+=($(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"))
      # Later, at rest: a service runs for days, and what it holds then is its real cost.
      sleep 12
      rss_later+=($(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status"))
      started+=("$(grep -o 'started in [0-9.]*s' "$out/logs/$name.log" | head -1 | grep -o '[0-9.]*' || echo 0)")
      stop
    done
    printf '%-18s %-20s %10s %12s %9s %10s\n' "$name" "$set" \
      "$(printf '%s\n' "${ready[@]}" | median)" "$(printf '%s\n' "${started[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)" \
      "$(printf '%s\n' "${rss_later[@]}" | median)"
  done
done
echo "(medians of $runs starts each; load average $(cut -d' ' -f1-3 /proc/loadavg))"
