#!/usr/bin/env bash
# Payor search benchmark (not a test): loads 10,000 payors through the gateway and measures search
# latency (p50/p99) per query shape with wrk, on loopback only, for a fixed duration.
#
#   bench/payor-search/run.sh [seconds-per-query] [connections]     (defaults: 15 s, 4)
#   GATEWAY=http://127.0.0.1:18280 bench/payor-search/run.sh      (another gateway, used as it is)
#
# Uses a running stack (./run.sh) if there is one and leaves it running; otherwise starts one with
# ./run.sh --detach and stops it with ./run.sh stop at the end. Needs wrk (apt-get install -y wrk).
# One client hammering the gateway meets its per-client rate limit (50/s by default), so a stack
# for this benchmark runs with the limit lifted: the script does that when it starts the stack;
# a stack you started yourself needs JAVA_OPTS="-Dgateway.rate-limit.requests-per-second=1000000
# -Dgateway.rate-limit.burst=1000000" ./run.sh --detach.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
connections=${2:-4}
gateway=${GATEWAY:-http://127.0.0.1:8080}
api=$gateway/api/v1
target=10000
here=bench/payor-search
# Scratch files go away however the script ends.
trap 'rm -f "$here/.presence.curl" "$here/.import.json" "$here/.wrk.txt"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [ -n "${GATEWAY:-}" ] || curl -fs -o /dev/null --max-time 2 "$gateway/q/health/ready"; then
  echo "Using the running stack (left running afterwards)."
else
  echo "Starting the stack for the benchmark..."
  JAVA_OPTS="-Xms64m -Xmx384m -XX:+UseSerialGC -Dgateway.rate-limit.requests-per-second=1000000 -Dgateway.rate-limit.burst=1000000" \
    ./run.sh --detach >/dev/null
  trap 'rm -f "$here/.presence.curl" "$here/.import.json" "$here/.wrk.txt"; ./run.sh stop >/dev/null' EXIT
fi

# Once the gateway wants a bearer token, mint one the way run.sh documents (only if it can).
token=${PAYORCONTRACTS_TOKEN:-}
if [ -z "$token" ] && grep -q '^token()' run.sh; then
  token=$(./run.sh token admin)
fi
auth=()
[ -z "$token" ] || auth=(-H "Authorization: Bearer $token")
curl() { command curl "${auth[@]}" "$@"; }

# 1. Load: one CSV import of the missing bench payors (all or nothing), then covered lives for a
#    third of them through the API, over one keep-alive connection (curl --config).
have=$(curl -fsS "$api/payors?name=Bench%20Payor&size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
if [ "$have" -lt "$target" ]; then
  echo "Importing $((target - have)) payors..."
  start=$(date +%s.%N)
  awk -v from="$have" -v to="$target" 'BEGIN {
      split("COMMERCIAL MEDICARE MEDICARE_ADVANTAGE MEDICAID MEDICAID_MANAGED_CARE TRICARE WORKERS_COMP AUTO_PIP OTHER", types, " ");
      split("Mutual Cascade Prairie Summit Harbor Redwood Granite Meridian Bluestem Northwind Sagebrush Evergreen Lakeshore Juniper Keystone Tidewater", words, " ");
      print "name,type,legalName,ediPayerIds";
      for (i = from; i < to; i++)
        printf "Bench Payor %05d %s Health,%s,%s %s Health Plan Inc.,B%05d@Clearpath Exchange\n", i, words[i % 16 + 1], types[i % 9 + 1], words[(i * 7) % 16 + 1], words[i % 16 + 1], i;
    }' | curl -fsS -o "$here/.import.json" -X POST "$api/payors/import" -H 'Content-Type: text/csv' --data-binary @-
  echo "  import took $(echo "$(date +%s.%N) - $start" | bc) s"
fi
rm -f "$here/.import.json"

with_lives=$(curl -fsS "$api/payors?name=Bench%20Payor&minLives=1&size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
if [ "$with_lives" -eq 0 ]; then
  echo "Adding covered lives to every third bench payor..."
  start=$(date +%s.%N)
  # Pages 0 to 49 hold the 10,000 (a page past the end would match no id, and fail the pipeline).
  for page in $(seq 0 $(((target - 1) / 200))); do
    curl -fsS "$api/payors?name=Bench%20Payor&sort=name&size=200&page=$page" | grep -o '"id":"[^"]*"' | cut -d'"' -f4
  done | awk 'NR % 3 == 1' | {
    states=(TX OK CA FL NY PA OH GA NC MI WA AZ)
    n=0
    while read -r id; do
      a=${states[$((n % 12))]}; b=${states[$(((n * 5 + 3) % 12))]}
      for s in "$a" $([ "$a" != "$b" ] && echo "$b"); do
        [ "$n" -gt 0 ] || [ "$s" != "$a" ] && echo next
        printf 'url = "%s/payors/%s/presence"\nheader = "Content-Type: application/json"\nmax-time = 10\nretry = 3\n%boutput = /dev/null\ndata = "{\\"state\\":\\"%s\\",\\"coveredLives\\":%d,\\"asOf\\":\\"2025-12-31\\",\\"source\\":\\"bench\\"}"\n' \
          "$api" "$id" "${token:+header = \"Authorization: Bearer $token\"\n}" "$s" $(((n * 7919) % 400000 + 1000))
      done
      n=$((n + 1))
    done
  } >"$here/.presence.curl"
  # A POST can stall while its body is read (services' reactive access filter, see docs/benchmarks.md,
  # quotes): each request gets 10 s and is sent again if it got no answer (max-time, retry above).
  curl -fsS --config "$here/.presence.curl"
  echo "  $(grep -c '^url' "$here/.presence.curl") presence figures took $(echo "$(date +%s.%N) - $start" | bc) s"
  rm -f "$here/.presence.curl"
fi
total=$(curl -fsS "$api/payors?size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2)
echo "Payors in the database: $total"

# 2. Measure: each query shape on its own, so a slow one cannot hide in an average.
queries=(
  "name=mutual&size=20"
  "type=COMMERCIAL&state=TX&size=20"
  "state=TX&state=OK&minLives=100000&size=20"
  "status=PROSPECT&sort=-updatedAt&size=20"
  "page=250&size=20"
  "name=bench%20payor%2004&type=MEDICAID&sort=-name&size=50"
)
# The same deep page by page token: walk there once (the token of page 250 holds the key of payor 5,000).
next=""
for _ in $(seq 1 250); do
  next=$(curl -fsS "$api/payors?size=20${next:+&pageToken=$next}" | grep -o '"nextPageToken":"[^"]*"' | cut -d'"' -f4)
done
[ -z "$next" ] || queries+=("size=20&pageToken=$next")
echo "Warming up (5 s per query, not measured)..."
for q in "${queries[@]}"; do
  wrk -t1 -c"$connections" -d5s "${auth[@]}" "$api/payors?$q" >/dev/null 2>&1 || true
done
echo "Load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-58s %9s %9s %9s %9s\n' "GET /api/v1/payors?..." "req/s" "p50 ms" "p99 ms" "errors"
for q in "${queries[@]}"; do
  wrk -t1 -c"$connections" -d"${seconds}s" --latency "${auth[@]}" "$api/payors?$q" >"$here/.wrk.txt" 2>&1 || true
  ms() { awk -v p="$1" '$1 == p { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }' "$here/.wrk.txt"; }
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$here/.wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ { e = e $0 } END { print (e == "" ? "0" : e) }' "$here/.wrk.txt")
  printf '%-58s %9s %9s %9s %9s\n' "$q" "$rps" "$(ms 50%)" "$(ms 99%)" "$errors"
done
rm -f "$here/.wrk.txt"
echo
echo "wrk -t1 -c$connections -d${seconds}s --latency, loopback through the gateway; $(nproc) cores; load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
