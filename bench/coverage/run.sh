#!/usr/bin/env bash
# Coverage and proposal-comparison benchmark (not a test), through the gateway on loopback:
#   - GET /api/v1/contracts/{id}/coverage of a 20,000-line contract against a 2,000-code catalog
#     (one page of 200 rows; the service classifies every code whatever the page), goal p99 < 200 ms
#   - GET .../negotiations/{nid}/proposals/{pid}/comparison of a proposal over the 2,000 codes
#     (every code in one answer, priced twice by the pricing engine), goal p99 < 300 ms
# Each is called WARMUP (50) times unmeasured, then CALLS (300) times one after another over one
# keep-alive connection (curl --config); p50/p99/max come from curl's time_total per call.
#
#   flock /tmp/mvn.lock bench/coverage/run.sh            (env: CALLS, WARMUP, LINES, CODES)
#   STACK_OPTS=-Dquarkus.flyway.ignore-migration-patterns=*:missing ...   (a database other branches migrated further)
#
# Uses a running stack (./run.sh) if there is one and leaves it running; otherwise starts one with
# ./run.sh --detach (the gateway's per-client rate limit lifted) and stops it at the end. The
# catalog is the organization's one and only: the script saves the one it finds and puts it back
# when it ends, however it ends. The bench contract (a DRAFT) and its reference schedule stay.
set -euo pipefail
cd "$(dirname "$0")/../.."
CALLS=${CALLS:-300}
WARMUP=${WARMUP:-50}
LINES=${LINES:-20000}
CODES=${CODES:-2000}
gateway=http://127.0.0.1:8080
api=$gateway/api/v1
work=$(mktemp -d)
started=""
saved_catalog=""
restore() {
  if [ -n "$saved_catalog" ]; then
    command curl -fsS -o /dev/null -X PUT "$api/service-catalog" -H "Authorization: Bearer $token" \
      -H 'Content-Type: text/csv' -H 'If-Match: *' --data-binary @"$saved_catalog" \
      && echo "Catalog put back ($(($(wc -l <"$saved_catalog") - 1)) codes)." && rm -f "$saved_catalog" \
      || echo "Could not put the catalog back: $saved_catalog" >&2
  fi
  [ -z "$started" ] || ./run.sh stop >/dev/null
  rm -rf "$work"
}
trap restore EXIT

if curl -fs -o /dev/null --max-time 2 "$gateway/q/health/ready"; then
  echo "Using the running stack (left running afterwards; its gateway's rate limit may throttle the calls)."
else
  echo "Starting the stack for the benchmark..."
  JAVA_OPTS="-Xms384m -Xmx384m -XX:+UseSerialGC -Dgateway.rate-limit.requests-per-second=1000000 -Dgateway.rate-limit.burst=1000000 ${STACK_OPTS:-}" \
    ./run.sh --detach >bench/coverage/.stack-start.txt 2>&1 || { tail -40 bench/coverage/.stack-start.txt >&2; exit 1; }
  started=yes
fi
token=$(./run.sh token admin contract-manager)
curl() { command curl -H "Authorization: Bearer $token" "$@"; }
id_of() { jq -r .id; }

python3 bench/coverage/generate.py "$work" --lines "$LINES" --codes "$CODES"

# 1. Load, through the API as a client would.
catalog_pages() { # the catalog as CSV, page by page (200 a page)
  echo "code,label,category,expected_annual_volume,implant_heavy"
  local token_param=""
  while :; do
    page=$(curl -fsS "$api/service-catalog?size=200${token_param}")
    jq -r '.items[] | [.code, .label, .category, .expectedAnnualVolume, .implantHeavy] | @csv' <<<"$page"
    next=$(jq -r '.nextPageToken // empty' <<<"$page")
    [ -n "$next" ] || break
    token_param="&pageToken=$next"
  done
}
catalog_pages >"$work/saved-catalog.csv"
saved_catalog=bench/coverage/.saved-catalog.txt # kept if the put-back fails
cp "$work/saved-catalog.csv" "$saved_catalog"
start=$(date +%s.%N)
curl -fsS -o /dev/null -X PUT "$api/service-catalog" -H 'Content-Type: text/csv' -H 'If-Match: *' --data-binary @"$work/catalog.csv"
echo "catalog of $CODES codes imported in $(echo "$(date +%s.%N) - $start" | bc) s"
reference=$(curl -fsS -X POST "$api/reference-fee-schedules?name=Coverage%20bench%20$(date +%s)&year=2026&locality=BENCH" \
  -H 'Content-Type: text/csv' --data-binary @"$work/reference.csv" | id_of)
payor=$(curl -fsS "$api/payors?size=1" | jq -r '.items[0].id')
contract=$(curl -fsS -X POST "$api/contracts" -H 'Content-Type: application/json' -d "$(jq -n \
  --arg payor "$payor" --arg reference "$reference" --arg name "Coverage benchmark $(date +%s)" '{payorId: $payor, name: $name,
   effectiveDate: "2026-01-01", expirationDate: "2028-12-31", referenceScheduleId: $reference,
   provider: {name: "Bench Surgery Center", tin: "123456789", groupNpi: "1234567893", billingClass: "PROFESSIONAL"},
   defaultRule: {method: "NOT_COVERED"}}')" | id_of)
start=$(date +%s.%N)
curl -fsS -o /dev/null -X PUT "$api/contracts/$contract/fee-schedule" -H 'Content-Type: text/csv' -H 'If-Match: *' \
  --data-binary @"$work/schedule.csv"
echo "contract $contract: $LINES fee-schedule lines imported in $(echo "$(date +%s.%N) - $start" | bc) s"
negotiation=$(curl -fsS -X POST "$api/contracts/$contract/negotiations" -H 'Content-Type: application/json' \
  -d '{"name":"Coverage benchmark"}' | id_of)
proposal=$(curl -fsS -X POST "$api/contracts/$contract/negotiations/$negotiation/proposals" -H 'Content-Type: application/json' \
  --data-binary @"$work/proposal.json" | id_of)

coverage="$api/contracts/$contract/coverage?asOf=2026-06-01&size=200"
comparison="$api/contracts/$contract/negotiations/$negotiation/proposals/$proposal/comparison"
# What the answers hold, once: the classes counted, and the comparison's size and totals.
curl -fsS "$coverage" | jq -c '{codes: .codes.totalItems, counts}'
curl -fsS "$comparison" | jq -c '{codes: (.codes | length), totals}'

# 2. Measure: CALLS calls in a row over one connection, each one's time_total in seconds.
measure() { # count url
  local cfg="$work/calls.curl" i
  : >"$cfg"
  # Options after "next" start afresh, so each call names its own; the connection is kept between them.
  for i in $(seq 1 "$1"); do
    printf 'url = "%s"\noutput = /dev/null\nsilent\nheader = "Authorization: Bearer %s"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' \
      "$2" "$token" >>"$cfg"
    [ "$i" -eq "$1" ] || echo next >>"$cfg"
  done
  command curl --config "$cfg"
}
report() { # name url
  measure "$WARMUP" "$2" >/dev/null
  measure "$CALLS" "$2" >"$work/times.txt"
  local bad
  bad=$(awk '$1 != 200' "$work/times.txt" | wc -l)
  awk '{print $2 * 1000}' "$work/times.txt" | sort -n | awk -v name="$1" -v bad="$bad" '
    {v[NR] = $1} END {
      p50 = v[int((NR + 1) * 0.50)]; p99 = v[int(NR * 0.99 + 0.5)];
      printf "%-26s %6d %9.1f %9.1f %9.1f %7d\n", name, NR, p50, p99, v[NR], bad }'
}
echo "Load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %6s %9s %9s %9s %7s\n' "" calls "p50 ms" "p99 ms" "max ms" "non-200"
report "coverage (page of 200)" "$coverage"
report "proposal comparison" "$comparison"
echo "$CALLS calls each after $WARMUP unmeasured, one keep-alive connection through the gateway; $(nproc) cores;" \
  "load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
