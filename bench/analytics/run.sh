#!/usr/bin/env bash
# Benchmarks analytics-service on a synthetic history, in one run: a bare PostgreSQL COPY of the claim
# rows, the service's ingest of the same rows (CSV upload -> job done), the remittances (835 jobs), the
# expected-vs-paid repricing of every line, and each report. Loopback only; stops by itself.
#
# Usage: bench/analytics/run.sh [lines]   (default 1000000; WARMUP_LINES=0 measures a cold JVM)
# Needs: infra PostgreSQL, a built analytics-service (analytics-service/target/quarkus-app), python3, curl.
# Uses its own database analytics_bench (recreated) and port 18483; never touches 8083 or "analytics".
set -euo pipefail
cd "$(dirname "$0")/../.."
lines="${1:-1000000}"
port=18483
db=analytics_bench
out=bench/analytics/out
api="http://127.0.0.1:$port/api/v1/analytics"
export PGPASSWORD=analytics
psql_bench() { psql -h 127.0.0.1 -U analytics -d "$db" -v ON_ERROR_STOP=1 -qtAX "$@"; }
now_ms() { date +%s%3N; }
# The service checks tokens itself: an admin token from run.sh's dev key pair, which the service trusts.
token=$(./run.sh token admin)
curl() { command curl -H "Authorization: Bearer $token" "$@"; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }

bash infra/postgres.sh >/dev/null
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }
as_postgres "psql -qtAX -d postgres -c 'DROP DATABASE IF EXISTS $db'" >/dev/null
as_postgres "psql -qtAX -d postgres -c 'CREATE DATABASE $db OWNER analytics'" >/dev/null

if [ ! -f "$out/claims.csv" ] || [ "$(($(wc -l < "$out/claims.csv") - 1))" != "$lines" ]; then
  echo "Generating $lines claim lines..."
  rm -rf "$out"
  python3 bench/analytics/generate.py --lines "$lines" --out "$out"
fi
[ -f analytics-service/target/quarkus-app/quarkus-run.jar ] || {
  echo "Build analytics-service first: flock /tmp/mvn.lock mvn -B -q -o package -pl analytics-service -DskipTests" >&2; exit 1; }
# Run a copy, so that a rebuild during the run changes nothing.
app=$(mktemp -d /tmp/analytics-bench.XXXXXX)
cp -r analytics-service/target/quarkus-app/. "$app/"
log="$app/service.log"
java -Xmx2g ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port=$port -Dquarkus.http.host=127.0.0.1 \
     -Dmp.jwt.verify.publickey.location="$PWD/.run/jwt/public.pem" \
     -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$db \
     -Dpayorcontracts.consumer.enabled=false -Dquarkus.kafka.health.enabled=false \
     -Dpayorcontracts.analytics.reprice-after-import=false \
     -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; wait $service 2>/dev/null || true; cp "$log" "$out/service.log" 2>/dev/null; rm -rf "$app"' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/q/health/live" >/dev/null 2>&1 && break
  kill -0 $service 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
psql_bench -f "$out/contracts.sql" >/dev/null

await_job() { # job location (absolute or a path) -> prints the job JSON once it ended
  local state body url="$1"
  [[ "$url" == http* ]] || url="http://127.0.0.1:$port$url"
  for _ in $(seq 1 12000); do
    body=$(curl -fsS "$url")
    case "$body" in *'"state":"SUCCEEDED"'*|*'"state":"FAILED"'*) echo "$body"; return;; esac
    sleep 0.05
  done
  echo "job $1 did not end" >&2; exit 1
}

warmup_lines=${WARMUP_LINES:-100000}
if [ "$warmup_lines" -gt 0 ]; then
  # A service that has been up a while has its hot paths compiled; a JVM started a second ago spends
  # about 2 s of the two cores compiling during the measured ingest. So: ingest other claims first
  # (same payors and codes, claim ids WRM...), then empty the claim tables. WARMUP_LINES=0: cold.
  if [ ! -f "$out/warmup/claims.csv" ] || [ "$(($(wc -l < "$out/warmup/claims.csv") - 1))" != "$warmup_lines" ]; then
    python3 bench/analytics/generate.py --lines "$warmup_lines" --claim-prefix WRM --out "$out/warmup"
  fi
  echo "Warm-up: ingest $warmup_lines other lines, then empty the claim tables..."
  location=$(curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/claims" -H 'Content-Type: text/csv' \
             --data-binary "@$out/warmup/claims.csv")
  await_job "$location" >/dev/null
  psql_bench -c "TRUNCATE claim, claim_line, line_result, claim_result, underpayment, job, job_input, idempotent_request CASCADE" >/dev/null
fi

echo "Bare COPY of $lines rows into a plain table with the same columns..."
psql_bench -c "CREATE TABLE bench_copy (claim_id text, payor_id uuid, provider_tin text, provider_npi text,
  patient_id text, submission_date date, billing_class text, code text, modifiers text, units int,
  place_of_service text, date_of_service date, billed_charge numeric(12,2))"
t0=$(now_ms)
psql_bench -c "\\copy bench_copy FROM '$out/claims.csv' WITH (FORMAT csv, HEADER true)"
copy_ms=$(($(now_ms) - t0))
psql_bench -c "DROP TABLE bench_copy"

echo "Service ingest of the same CSV (upload, job, until SUCCEEDED)..."
t0=$(now_ms)
location=$(curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/claims" -H 'Content-Type: text/csv' \
           --data-binary "@$out/claims.csv")
job=$(await_job "$location")
ingest_ms=$(($(now_ms) - t0))
echo "  $(json '"rows", d["rowsDone"], "claims", d["result"]["claimsCreated"], "errors", d["errorCount"]' <<<"$job")"

echo "Remittances (one 835 job per payor)..."
t0=$(now_ms)
remit_claims=0
for file in "$out"/remit_*.835; do
  location=$(curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/remittances" \
             -H 'Content-Type: application/edi-x12' -H 'Prefer: respond-async' --data-binary "@$file")
  job=$(await_job "$location")
  [ "$(json 'd["state"]' <<<"$job")" = SUCCEEDED ] || { echo "$job" >&2; exit 1; }
  remit_claims=$((remit_claims + $(json 'd["result"]["claimCount"]' <<<"$job")))
done
remit_ms=$(($(now_ms) - t0))

echo "Repricing every line..."
t0=$(now_ms)
location=$(curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/repricing" -H 'Content-Type: application/json' -d '{}')
job=$(await_job "$location")
reprice_ms=$(($(now_ms) - t0))
reprice_inner=$(json 'd["result"]["millis"]' <<<"$job")
echo "  $(json '"lines", d["result"]["lines"], "remitted", d["result"]["remittedLines"], "underpaid", d["result"]["underpaidLines"]' <<<"$job")"

payor=$(head -2 "$out/claims.csv" | tail -1 | cut -d, -f2)
# The claim list's last page by page token: walk there once, 200 claims a page (not timed), in one
# process rather than a curl and a JSON parser per page.
echo "Walking the claim list to its last page by token..."
read -r pages last_token < <(python3 - "$api/claims?size=200" "$token" <<'PY'
import json, sys, urllib.parse, urllib.request
first, token = sys.argv[1], sys.argv[2]
url, pages, last = first, 0, ""
while True:
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(request) as answer:
        following = json.load(answer).get("nextPageToken")
    if not following:
        break
    pages, last = pages + 1, following
    url = first + "&pageToken=" + urllib.parse.quote(following)
print(pages, last)
PY
)
echo "  $pages pages"
report() { # name path -> slowest of three, ms
  local worst=0 ms
  for _ in 1 2 3; do
    ms=$(curl -fsS -o /dev/null -w '%{time_total}' "$api/$2" | python3 -c 'import sys; print(int(float(sys.stdin.read()) * 1000))')
    [ "$ms" -gt "$worst" ] && worst=$ms
  done
  printf '| %s | `%s` | %d |\n' "$1" "$2" "$worst"
}
{
  echo
  echo "| step | ms |"
  echo "|---|---|"
  echo "| bare \`COPY\` of $lines rows | $copy_ms |"
  echo "| service ingest of the same rows (upload + job) | $ingest_ms ($(python3 -c "print(round($ingest_ms/$copy_ms, 2))")x COPY) |"
  echo "| remittances: $remit_claims claims in $(ls "$out"/remit_*.835 | wc -l) 835 files (jobs) | $remit_ms |"
  echo "| repricing every line (job; inside: $reprice_inner ms) | $reprice_ms |"
  echo
  echo "| report | request | slowest of 3, ms |"
  echo "|---|---|---|"
  report "totals by payor" "reports/totals?groupBy=PAYOR"
  report "totals by contract" "reports/totals?groupBy=CONTRACT"
  report "totals by code" "reports/totals?groupBy=CODE&size=200"
  report "totals by month, one payor" "reports/totals?groupBy=MONTH&payorId=$payor"
  report "days to pay by payor" "reports/days-to-pay"
  report "late payments" "reports/late-payments"
  report "denials" "reports/denials"
  report "underpayment worklist" "underpayments"
  report "underpayment worklist, one payor and code" "underpayments?payorId=$payor&from=2025-06-01&to=2025-12-31"
  report "claims, first page (counts every claim)" "claims?size=200"
  report "claims, last page by page token (after $((pages * 200)) claims)" "claims?size=200&pageToken=$last_token"
} | tee "$out/results.md"
