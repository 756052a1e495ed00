#!/usr/bin/env bash
# Percentiles for 1,000 codes over 10,000,000 stored market rates, served by analytics-service (packaged
# jar, -Xmx256m). The rates go straight into tic_rate with SQL (10 published payors x 1,000 codes x
# 2 sites x 500 TINs); an 11th payor's small file holding every code is then imported through the real
# job, whose publication computes the market of those 1,000 codes over all 10,000,000 + rates (timed).
# Then timed, slowest of 3: the market of the 1,000 codes (5 requests of 200 codes, the most one takes),
# one payor's stored benchmarks of the 1,000 codes (10 pages of 200), and, for contrast, the market of
# 20 codes computed from the rates on request (what a payor= filter does).
#
# Usage: bench/transparency/percentiles.sh
# Needs: infra PostgreSQL, a built analytics-service, python3, curl. Own database tic_percentiles_bench
# (recreated), port 18385; never touches 8083 or "analytics".
set -euo pipefail
cd "$(dirname "$0")/../.."
port=18385
db=tic_percentiles_bench
api="http://127.0.0.1:$port/api/v1/analytics"
token=$(./run.sh token admin)
curl() { command curl -H "Authorization: Bearer $token" "$@"; }
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print($1)"; }
now_ms() { date +%s%3N; }
export PGPASSWORD=analytics
psql_bench() { psql -h 127.0.0.1 -U analytics -d "$db" -v ON_ERROR_STOP=1 -qtAX "$@"; }

bash infra/postgres.sh >/dev/null
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi; }
# KEEP_DB=1: reuse the 10,000,000 rates of an earlier run (writing them takes minutes); the 11th payor's
# import is then a newer version of its set, and recomputes the same market.
if [ "${KEEP_DB:-0}" != 1 ]; then
  as_postgres "psql -qtAX -d postgres -c 'DROP DATABASE IF EXISTS $db'" >/dev/null
  as_postgres "psql -qtAX -d postgres -c 'CREATE DATABASE $db OWNER analytics'" >/dev/null
fi

built="${ANALYTICS_APP:-analytics-service/target/quarkus-app}"  # or a copy made earlier
[ -f "$built/quarkus-run.jar" ] || {
  echo "Build first: /work/bin/mvnl package -pl analytics-service -am -DskipTests" >&2; exit 1; }
app=$(mktemp -d /tmp/tic-percentiles-bench.XXXXXX)
cp -r "$built/." "$app/"
log="$app/service.log"
java -Xmx256m ${BENCH_JAVA_OPTS:-} -Dquarkus.http.port=$port -Dquarkus.http.host=127.0.0.1 \
     -Dmp.jwt.verify.publickey.location="$PWD/.run/jwt/public.pem" \
     -Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/$db \
     -Dpayorcontracts.consumer.enabled=false -Dquarkus.kafka.health.enabled=false \
     -jar "$app/quarkus-run.jar" >"$log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; wait $service 2>/dev/null || true; rm -rf "$app"' EXIT INT TERM
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/q/health/live" >/dev/null 2>&1 && break
  kill -0 $service 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done

if [ "${KEEP_DB:-0}" != 1 ]; then
echo "Writing 10,000,000 market rates of 10 published payors with SQL..."
t0=$(now_ms)
psql_bench <<'SQL'
INSERT INTO tic_import (id, job_id, payor, state, version, source, created_at, published_at)
SELECT md5('payor' || p)::uuid, md5('job' || p)::uuid, 'Payor ' || lpad(p::text, 2, '0'), 'PUBLISHED', 1, 'UPLOAD', now(), now()
FROM generate_series(1, 10) p;
-- 1,000 codes x 2 sites x 10 payors x 500 TINs; each payor pays 80-120% of a base price per code.
INSERT INTO tic_rate (import_id, code, billing_class, site, modifier, tin, amount)
SELECT md5('payor' || p)::uuid, (10000 + c)::text, 'PROFESSIONAL', s, '', lpad((100000000 + t * 7919 % 900000000)::text, 9, '0'),
       round(((50 + c * 2) * (0.8 + 0.4 * random()) * (CASE s WHEN 'FACILITY' THEN 0.7 ELSE 1 END))::numeric, 2)
FROM generate_series(1, 10) p, generate_series(0, 999) c, unnest(ARRAY['FACILITY', 'NON_FACILITY']) s, generate_series(1, 500) t;
-- Each payor's own benchmarks, as its import would have stored them (setup only: not what is timed).
INSERT INTO tic_benchmark (import_id, code, billing_class, site, modifier, p10, p25, p50, p75, p90, mean, rates, providers, implausible)
SELECT import_id, code, billing_class, site, modifier,
       round(percentile_cont(0.1) WITHIN GROUP (ORDER BY amount)::numeric, 2), round(percentile_cont(0.25) WITHIN GROUP (ORDER BY amount)::numeric, 2),
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY amount)::numeric, 2), round(percentile_cont(0.75) WITHIN GROUP (ORDER BY amount)::numeric, 2),
       round(percentile_cont(0.9) WITHIN GROUP (ORDER BY amount)::numeric, 2), round(avg(amount), 2), count(*), count(DISTINCT tin), 0
FROM tic_rate GROUP BY import_id, code, billing_class, site, modifier;
ANALYZE tic_rate;
ANALYZE tic_benchmark;
SQL
echo "  $(psql_bench -c 'SELECT count(*) FROM tic_rate') rates in $(($(now_ms) - t0)) ms"
fi

echo "Importing an 11th payor's file with the 1,000 codes through the job (its publication computes the market)..."
file="$app/eleventh.json"
python3 - "$file" <<'PY'
import sys
rates = ",".join('{"negotiation_arrangement":"ffs","name":"n","billing_code_type":"CPT","billing_code_type_version":"2026",'
                 '"billing_code":"%d","description":"d","negotiated_rates":[{"provider_references":[1],"negotiated_prices":'
                 '[{"negotiated_type":"negotiated","negotiated_rate":%d.00,"expiration_date":"9999-12-31","service_code":["11"],'
                 '"billing_class":"professional","setting":"outpatient"}]}]}' % (10000 + c, 50 + c * 2) for c in range(1000))
open(sys.argv[1], "w").write('{"reporting_entity_name":"Eleventh","reporting_entity_type":"health insurance issuer",'
    '"last_updated_on":"2026-01-01","version":"2.0.0","provider_references":[{"provider_group_id":1,"provider_groups":'
    '[{"npi":[1234567893],"tin":{"type":"ein","value":"12-3456789"}}]}],"in_network":[' + rates + ']}')
PY
t0=$(now_ms)
location=$(curl -fsS -o /dev/null -w '%header{location}' -X POST "$api/benchmarks/imports/upload?payor=Payor%2011" \
           -H 'Content-Type: application/json' -T "$file")
[[ "$location" == http* ]] || location="http://127.0.0.1:$port$location"
for _ in $(seq 1 6000); do
  job=$(curl -fsS "$location")
  case "$job" in *'"state":"SUCCEEDED"'*|*'"state":"FAILED"'*) break;; esac
  sleep 0.1
done
import_ms=$(($(now_ms) - t0))
[ "$(json 'd["state"]' <<<"$job")" = SUCCEEDED ] || { echo "$job" >&2; tail -30 "$log" >&2; exit 1; }
echo "  $(json 'd["result"]["marketRates"]' <<<"$job") rates of its own; market keys stored: $(psql_bench -c 'SELECT count(*) FROM tic_market_benchmark')"

codes_query() { # first last -> code=...&code=...
  python3 -c "import sys; print('&'.join('code=%d' % c for c in range(int(sys.argv[1]), int(sys.argv[2]) + 1)))" "$@"
}
timed() { # curl arguments... -> ms of the request (fails on an HTTP error)
  curl -fsS -o /dev/null -w '%{time_total}' "$@" | python3 -c 'import sys; print(int(float(sys.stdin.read()) * 1000))'
}
slowest_of_3() { # command... -> the slowest of three runs, ms
  local worst=0 ms
  for _ in 1 2 3; do
    ms=$("$@")
    [ "$ms" -gt "$worst" ] && worst=$ms
  done
  echo "$worst"
}
market_1000() { # 5 requests of 200 codes -> total ms
  local total=0 first
  for first in 10000 10200 10400 10600 10800; do
    total=$((total + $(timed "$api/benchmarks/market?size=200&$(codes_query $first $((first + 199)))")))
  done
  echo "$total"
}
payor_1000() { # one payor's 2,000 keys (1,000 codes x 2 sites), 10 pages of 200 -> total ms
  local total=0 page
  for page in $(seq 0 9); do
    total=$((total + $(timed "$api/benchmarks?payor=Payor%2003&size=200&page=$page")))
  done
  echo "$total"
}
# Sanity: what the market says of one code, and that it counts every payor's rates.
curl -fsS "$api/benchmarks/market?code=10500" | json '"  code 10500:", [(i["site"], i["rates"], i["providers"], i["p10"], i["p50"], i["p90"]) for i in d["items"]]'
market_1000 >/dev/null  # warm-up
live_query="$(codes_query 10000 10019)$(for p in $(seq -w 1 11); do printf '&payor=Payor%%20%s' "$p"; done)"
{
  echo
  echo "| step | ms |"
  echo "|---|---|"
  echo "| import of the 11th payor's 1,000 codes; publication computes the market of 1,000 codes over $(psql_bench -c 'SELECT count(*) FROM tic_rate') rates | $import_ms |"
  echo "| market (every payor) of 1,000 codes: 5 requests of 200, slowest of 3 | $(slowest_of_3 market_1000) |"
  echo "| one payor's benchmarks of 1,000 codes (2,000 keys): 10 pages of 200, slowest of 3 | $(slowest_of_3 payor_1000) |"
  echo "| market of 20 codes computed from the rates on request (payor= names all 11), slowest of 3 | $(slowest_of_3 timed "$api/benchmarks/market?$live_query") |"
}
