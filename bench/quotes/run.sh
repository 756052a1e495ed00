#!/usr/bin/env bash
# Quote benchmark (not a test), through the gateway on loopback:
#   1. a quote by EDI payer id + NPI (POST /api/v1/quotes: the service finds the contract in force)
#      against a quote by contract id (POST /api/v1/contracts/{id}/quote), same claim, same contract:
#      wrk, ROUNDS rounds that interleave the two after a warm-up of each; medians of req/s, p50, p99;
#   2. a batch of 1,000 claims (POST /api/v1/quotes/batch), timed end to end with curl, RUNS times.
#
#   bench/quotes/run.sh [seconds-per-round] [connections]     (defaults: 10 s, 4)
#   env: ROUNDS (3), RUNS (20), WARMUP (10 s), GATEWAY (another gateway, used as it is)
#
# Uses a running stack (./run.sh) if there is one and leaves it running; otherwise starts one with
# ./run.sh --detach (per-client rate limit lifted, as bench/payor-search does) and stops it at the end.
# Creates one payor (with an EDI payer id of this run) and one ACTIVE contract with a 200-line fee
# schedule for a facility NPI; changes nothing else. Needs wrk and jq (apt-get install -y wrk jq).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
connections=${2:-4}
ROUNDS=${ROUNDS:-3}
RUNS=${RUNS:-20}
WARMUP=${WARMUP:-10}
gateway=${GATEWAY:-http://127.0.0.1:8080}
api=$gateway/api/v1
here=bench/quotes
scratch="$here/.scratch"
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT

for tool in wrk jq curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y wrk jq)" >&2; exit 1; }
done

if [ -n "${GATEWAY:-}" ] || curl -fs -o /dev/null --max-time 2 "$gateway/q/health/ready"; then
  echo "Using the running stack (left running afterwards)."
else
  echo "Starting the stack for the benchmark..."
  JAVA_OPTS="-Xms64m -Xmx384m -XX:+UseSerialGC -Dgateway.rate-limit.requests-per-second=1000000 -Dgateway.rate-limit.burst=1000000" \
    ./run.sh --detach >/dev/null
  trap 'rm -rf "$scratch"; ./run.sh stop >/dev/null' EXIT
fi

token=${PAYORCONTRACTS_TOKEN:-$(./run.sh token contract-manager)}
auth=(-H "Authorization: Bearer $token")
call() { command curl -fsS "${auth[@]}" "$@"; }

# 1. A payor known by an EDI payer id of this run, and its ACTIVE contract for the facility's NPI.
npi=1245319599
edi="BQ$(openssl rand -hex 5 | tr a-f A-F)"
payor=$(call -X POST "$api/payors" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench Quote Health $edi\",\"type\":\"COMMERCIAL\",\"ediPayerIds\":[{\"payerId\":\"$edi\",\"clearinghouse\":\"Clearpath Exchange\"}]}" | jq -r .id)
contract=$(call -X POST "$api/contracts" -H 'Content-Type: application/json' \
  -d "{\"payorId\":\"$payor\",\"name\":\"Bench quotes $edi\",\"effectiveDate\":\"2026-01-01\",\"expirationDate\":\"2028-12-31\",
       \"provider\":{\"name\":\"Bench Surgery Center\",\"facilityNpi\":\"$npi\",\"billingClass\":\"FACILITY\"}}" | jq -r .id)
etag() { command curl -fsS -o /dev/null -D - "${auth[@]}" "$api/contracts/$contract" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }'; }
# 200 fee lines: the quoted code 64483 among 199 others (20000..20198), as a real schedule would hold it.
{ echo "code,modifier,billing_class,place_of_service,method,amount,percent,bundled_codes,mpr_eligible"
  echo "64483,,,,FIXED,698.00,,,"
  for i in $(seq 0 198); do echo "$((20000 + i)),,,,FIXED,$((100 + i)).00,,,"; done; } >"$scratch/fees.csv"
call -o /dev/null -X PUT "$api/contracts/$contract/fee-schedule" -H 'Content-Type: text/csv' -H "If-Match: $(etag)" \
  --data-binary @"$scratch/fees.csv"
for status in NEGOTIATING ACTIVE; do
  call -o /dev/null -X POST "$api/contracts/$contract/status" -H 'Content-Type: application/json' -H "If-Match: $(etag)" \
    -d "{\"status\":\"$status\",\"reason\":\"bench\"}"
done

by_contract="{\"dateOfService\":\"2026-03-02\",\"lines\":[{\"code\":\"64483\",\"units\":1,\"billedCharge\":2400.00}]}"
claim="{\"ediPayerId\":\"$edi\",\"provider\":{\"npi\":\"$npi\"},\"billingClass\":\"FACILITY\",\"dateOfService\":\"2026-03-02\",\"lines\":[{\"code\":\"64483\",\"units\":1,\"billedCharge\":2400.00}]}"
# contract-service learns the payor's EDI ids from payor-changed: wait until the quote finds the contract.
for _ in $(seq 1 100); do
  found=$(command curl -sS "${auth[@]}" -X POST "$api/quotes" -H 'Content-Type: application/json' -d "$claim" | jq -r '.contractId // empty')
  [ "$found" = "$contract" ] && break
  sleep 0.2
done
[ "$found" = "$contract" ] || { echo "the quote by EDI payer id + NPI never found contract $contract" >&2; exit 1; }
echo "Contract $contract (payor $payor, EDI payer id $edi, facility NPI $npi): both quotes price 64483 at" \
  "$(call -X POST "$api/quotes" -H 'Content-Type: application/json' -d "$claim" | jq -r .totalExpected) /" \
  "$(call -X POST "$api/contracts/$contract/quote" -H 'Content-Type: application/json' -d "$by_contract" | jq -r .totalExpected)"

# 2. Single quotes: wrk POSTs the body from a Lua script.
post_script() { # FILE BODY
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "Bearer %s"\nwrk.body = [[%s]]\n' "$token" "$2" >"$1"
}
post_script "$scratch/by-contract.lua" "$by_contract"
post_script "$scratch/by-parties.lua" "$claim"
targets=("by-contract|$api/contracts/$contract/quote" "by-parties|$api/quotes")
echo "Warming up ($WARMUP s per quote, not measured)..."
for t in "${targets[@]}"; do
  wrk -t1 -c"$connections" -d"${WARMUP}s" -s "$scratch/${t%%|*}.lua" "${t#*|}" >/dev/null 2>&1 || true
done
ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }' "$2"; }
for round in $(seq 1 "$ROUNDS"); do
  for t in "${targets[@]}"; do
    name=${t%%|*}
    wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$scratch/$name.lua" "${t#*|}" >"$scratch/wrk.txt" 2>&1 || true
    # Answers that are not 2xx, and timeouts (wrk leaves a request unanswered in 2 s out of its latencies), count here.
    grep -E 'Non-2xx|Socket errors' "$scratch/wrk.txt" | sed "s/^/$name round $round: /" >&2 || true
    echo "$name $(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$scratch/wrk.txt") $(ms 50% "$scratch/wrk.txt") $(ms 99% "$scratch/wrk.txt")" >>"$scratch/rounds.txt"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
printf '%-52s %9s %9s %9s\n' "quote, median of $ROUNDS rounds" "req/s" "p50 ms" "p99 ms"
declare -A rps
for name in by-contract by-parties; do
  rps[$name]=$(awk -v n="$name" '$1 == n { print $2 }' "$scratch/rounds.txt" | median)
  label=$([ "$name" = by-contract ] && echo "POST /contracts/{id}/quote (by contract id)" || echo "POST /quotes (by EDI payer id + NPI)")
  printf '%-52s %9s %9s %9s\n' "$label" "${rps[$name]}" \
    "$(awk -v n="$name" '$1 == n { print $3 }' "$scratch/rounds.txt" | median)" \
    "$(awk -v n="$name" '$1 == n { print $4 }' "$scratch/rounds.txt" | median)"
done
echo "cost of a quote by EDI payer id + NPI / by contract id (inverse throughput): $(echo "scale=3; ${rps[by-contract]} / ${rps[by-parties]}" | bc)"

# 3. A batch of 1,000 claims (codes from the schedule, one to three lines each), timed end to end.
jq -n --arg edi "$edi" --arg npi "$npi" '{claims: [range(0; 1000) as $i | {ediPayerId: $edi, provider: {npi: $npi},
    billingClass: "FACILITY", dateOfService: "2026-03-02",
    lines: [range(0; 1 + ($i % 3)) as $j | {code: (if $j == 0 then "64483" else (20000 + (($i * 7 + $j) % 199) | tostring) end),
            units: 1, billedCharge: 2400.00}]}]}' >"$scratch/batch.json"
check=$(call -X POST "$api/quotes/batch" -H 'Content-Type: application/json' --data-binary @"$scratch/batch.json" | jq -c '{quoted, failed}')
echo
echo "Batch of 1,000 claims ($(jq '[.claims[].lines | length] | add' "$scratch/batch.json") lines, $(wc -c <"$scratch/batch.json") bytes): $check"
for i in $(seq 1 5); do # warm-up, not measured
  call -o /dev/null -X POST "$api/quotes/batch" -H 'Content-Type: application/json' --data-binary @"$scratch/batch.json"
done
for i in $(seq 1 "$RUNS"); do
  call -o /dev/null -w '%{time_total}\n' -X POST "$api/quotes/batch" -H 'Content-Type: application/json' \
    --data-binary @"$scratch/batch.json"
done | awk '{ printf "%.0f\n", $1 * 1000 }' | sort -n >"$scratch/batch.txt"
echo "POST /api/v1/quotes/batch, $RUNS runs one after another: p50 $(median <"$scratch/batch.txt") ms, max $(tail -1 "$scratch/batch.txt") ms"
echo
echo "wrk -t1 -c$connections -d${seconds}s --latency, loopback through the gateway; $(nproc) cores; load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
