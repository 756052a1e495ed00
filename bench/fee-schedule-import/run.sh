#!/usr/bin/env bash
# Times the import of a 20,000-line fee-schedule CSV into a draft contract, through the gateway of
# a running stack (./run.sh --detach), and its export. Loopback only; a fixed number of rounds.
# Usage: bench/fee-schedule-import/run.sh [rounds] [lines]
set -euo pipefail
api=${API:-http://127.0.0.1:8080/api/v1}
rounds=${1:-5}
lines=${2:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The gateway wants a bearer token; mint an admin one the way ./run.sh documents.
token=${PAYORCONTRACTS_TOKEN:-$("$(dirname "$0")/../../run.sh" token admin)}
curl() { command curl -H "Authorization: Bearer $token" "$@"; }

payor=$(curl -fsS "$api/payors?size=1" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$payor" ] || { echo "no payor found: start the stack with ./run.sh --detach" >&2; exit 1; }
contract=$(curl -fsS -X POST "$api/contracts" -H 'Content-Type: application/json' \
  -d "{\"payorId\":\"$payor\",\"name\":\"Import benchmark $(date +%s)\",\"effectiveDate\":\"2026-01-01\",\"expirationDate\":\"2026-12-31\"}" \
  | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)

# Codes 10000-19999, each with a plain and a -50 line; mixed methods as a real schedule has.
awk -v n="$lines" 'BEGIN {
  print "code,modifier,method,amount,percent,mpr_eligible";
  for (i = 0; i < n; i++) {
    code = sprintf("%05d", 10000 + int(i / 2)); mod = (i % 2) ? "50" : "";
    if (i % 10 == 3)      printf "%s,%s,PERCENT_OF_CHARGES,,%d,false\n", code, mod, 35 + i % 30;
    else if (i % 10 == 7) printf "%s,%s,PERCENT_OF_MEDICARE,,%d,true\n", code, mod, 110 + i % 90;
    else                  printf "%s,%s,FIXED,%d.%02d,,true\n", code, mod, 50 + i % 5000, i % 100;
  }
}' > "$work/schedule.csv"

echo "contract $contract, $(wc -l < "$work/schedule.csv") CSV lines ($(du -h "$work/schedule.csv" | cut -f1))"
for round in $(seq 1 "$rounds"); do
  import=$(curl -fsS -o /dev/null -w '%{time_total}' -X PUT "$api/contracts/$contract/fee-schedule" \
    -H 'Content-Type: text/csv' -H 'If-Match: *' --data-binary @"$work/schedule.csv")
  export=$(curl -fsS -o "$work/export.csv" -w '%{time_total}' "$api/contracts/$contract/fee-schedule")
  printf 'round %d: import %.3f s, export %.3f s\n' "$round" "$import" "$export"
done
