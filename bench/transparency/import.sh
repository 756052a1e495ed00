#!/usr/bin/env bash
# End-to-end TiC import benchmark: analytics-service's real import job (read, filter, COPY into
# tic_rate, publish with the payor's benchmarks and the market in one pass) on a generated in-network-rates file, plain and gzip, with the
# service started from its packaged jar with -Xmx256m. Reports MB/s of uncompressed JSON (from the
# request to the job SUCCEEDED) and the heap the service used (sampled with jstat every 100 ms).
#
# Usage: bench/transparency/import.sh [megabytes]   (default 2048)
#   TIC_BENCH_DIR  where the generated files live (default /tmp/tic-bench; made once, then reused)
#   ROUNDS         imports per way (default 2: the first warms the JIT)
#   WAYS           which imports to time (default "url-plain url-gzip upload-gzip")
# Needs: infra PostgreSQL, a built analytics-service (analytics-service/target/quarkus-app) and
# transparency jar, python3, curl, jstat. Uses its own database tic_bench (recreated) and ports
# 18383 (service) and 18384 (a loopback file server); never touches 8083 or "analytics".
#
# Uploads are limited to quarkus.http.limits.max-body-size (1 GB, the gateway's analytics route 200 MB),
# so the 2 GB plain file goes by URL (the service fetches it); the gzip file both ways.
set -euo pipefail
cd "$(dirname "$0")/../.."
megabytes="${1:-2048}"
dir="${TIC_BENCH_DIR:-/tmp/tic-bench}"
rounds="${ROUNDS:-2}"
ways="${WAYS:-url-plain url-gzip upload-gzip}"
port=18383
files_port=18384
db=tic_bench
api="http://127.0.0.1:$port/api/v1/analytics"
token=$(./run.sh token admin)
curl() { command curl -H "Authorization: Bearer $token" "$@"; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
now_ms() { date +%s%3N; }

jackson=$(ls ~/.m2/repository/com/fasterxml/jackson/core/jackson-core/*/jackson-core-*.jar | grep -v sources | sort -V | tail -1)
cp_bench="transparency/target/transparency-0.1.0-SNAPSHOT.jar:pricing/target/pricing-0.1.0-SNAPSHOT.jar:$jackson"
mkdir -p "$dir"
# The same generator as the reader bench: 5,000 provider references first, 2,000 codes (10 kept = 0.5%
# of items), ghost rates, percentages, per diems, bundles, revenue codes.
java -cp "$cp_bench" bench/transparency/TicReadBench.java "$dir" "$megabytes" first generate
plain="$dir/bench-in-network.json"
gzip="$dir/bench-in-network.json.gz"
bytes=$(stat -c %s "$plain")

bash infra/postgres.sh >/dev/null
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }
as_postgres "psql -qtAX -d postgres -c 'DROP DATABASE IF EXISTS $db'" >/dev/null
as_postgres "psql -qtAX -d postgres -c 'CREATE DATABASE $db OWNER analytics'" >/dev/null

built="${ANALYTICS_APP:-analytics-service/target/quarkus-app}"  # or a copy made earlier
[ -f "$built/quarkus-run.jar" ] || {
  echo "Build first: /work/bin/mvnl package -pl analytics-service -am -DskipTests" >&2; exit 1; }
# Run a copy, so that a rebuild during the run changes nothing.
app=$(mktemp -d /tmp/tic-import-bench.XXXXXX)
cp -r "$built/." "$app/"
log="$app/service.log"
java -Xmx256m ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port=$port -Dquarkus.http.host=127.0.0.1 \
     -Dmp.jwt.verify.publickey.location="$PWD/.run/jwt/public.pem" \
     -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$db \
     -Dpayorcontracts.consumer.enabled=false -Dquarkus.kafka.health.enabled=false \
     -Dpayorcontracts.benchmarks.fetch.allow-loopback=true \
     -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
service=$!
python3 -m http.server $files_port --bind 127.0.0.1 --directory "$dir" >/dev/null 2>&1 &
files=$!
sampler=
trap 'kill $service $files $sampler 2>/dev/null || true; wait $service 2>/dev/null || true; rm -rf "$app"' EXIT INT TERM
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/q/health/live" >/dev/null 2>&1 && break
  kill -0 $service 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done

await_job() { # job location -> prints the job JSON once it ended
  local body url="$1"
  [[ "$url" == http* ]] || url="http://127.0.0.1:$port$url"
  for _ in $(seq 1 36000); do
    body=$(curl -fsS "$url")
    case "$body" in *'"state":"SUCCEEDED"'*|*'"state":"FAILED"'*) echo "$body"; return;; esac
    sleep 0.1
  done
  echo "job $1 did not end" >&2; exit 1
}

# Heap used (survivors + eden + old, KB) every 100 ms while an import runs; the largest sample is
# the peak. Young collections happen long before 256 MB is full, so the old generation after
# collections is the part that would grow with the file if anything were held.
start_sampler() {
  # (close() after each line: mawk's fflush() flushes only stdout, and the sampler is killed, not ended.)
  jstat -gc $service 100 | awk -v f="$app/heap" 'NR > 1 { used = $3 + $4 + $6 + $8; if (used > peak) peak = used;
      if ($8 > old) old = $8; print int(peak / 1024), int(old / 1024) > f; close(f) }' &
  sampler=$!
}
stop_sampler() { kill $sampler 2>/dev/null || true; wait $sampler 2>/dev/null || true; sampler=; tail -1 "$app/heap" 2>/dev/null || echo "? ?"; }

codes='"10001","10201","10401","10601","10801","11001","11201","11401","11601","11801"'
query='payor=Bench%20Health&code=10001&code=10201&code=10401&code=10601&code=10801&code=11001&code=11201&code=11401&code=11601&code=11801'
import() { # way -> prints the job location
  case "$1" in
    url-plain) curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/benchmarks/imports" -H 'Content-Type: application/json' \
                 -d "{\"payor\":\"Bench Health\",\"url\":\"http://127.0.0.1:$files_port/bench-in-network.json\",\"codes\":[$codes]}";;
    url-gzip) curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/benchmarks/imports" -H 'Content-Type: application/json' \
                 -d "{\"payor\":\"Bench Health\",\"url\":\"http://127.0.0.1:$files_port/bench-in-network.json.gz\",\"codes\":[$codes]}";;
    upload-gzip) curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/benchmarks/imports/upload?$query" \
                 -H 'Content-Type: application/gzip' -T "$gzip";;
    upload-plain) curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/benchmarks/imports/upload?$query" \
                 -H 'Content-Type: application/json' -T "$plain";;
  esac
}

echo "File: $((bytes >> 20)) MB uncompressed, $(($(stat -c %s "$gzip") >> 20)) MB gzip"
echo
echo "| import | round | MB/s (uncompressed) | s | of which read + COPY, publish with benchmarks + market (s) | items read | kept | market rates stored | heap used, peak MB | old gen, peak MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for way in $ways; do
  for round in $(seq 1 "$rounds"); do
    start_sampler
    t0=$(now_ms)
    location=$(import "$way")
    job=$(await_job "$location")
    ms=$(($(now_ms) - t0))
    read -r heap old <<<"$(stop_sampler)" || true
    [ "$(json 'd["state"]' <<<"$job")" = SUCCEEDED ] || { echo "$job" >&2; tail -50 "$log" >&2; exit 1; }
    echo "| $way | $round | $(python3 -c "print(round($bytes / 1048576 / ($ms / 1000)))") | $(python3 -c "print(round($ms / 1000, 1))") \
| $(json '", ".join("%.1f" % (d["result"].get(k, 0) / 1000) for k in ("readAndStoreMillis", "publishMillis"))' <<<"$job") \
| $(json '"{:,}".format(d["result"]["itemsRead"])' <<<"$job") | $(json '"{:,}".format(d["result"]["itemsKept"])' <<<"$job") \
| $(json '"{:,}".format(d["result"]["marketRates"])' <<<"$job") | $heap | $old |"
  done
done
