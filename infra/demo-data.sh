#!/usr/bin/env bash
# Loads made-up demo data through the public API (so it exercises what a client would).
# Usage: infra/demo-data.sh [gateway-url]. Does nothing if payors exist already.
set -euo pipefail
api="${1:-http://127.0.0.1:8080}/api/v1"

post() { # path json -> id of the created resource
  local body
  body=$(curl -fsS -X POST "$api/$1" -H 'Content-Type: application/json' -d "$2")
  grep -o '"id":"[^"]*"' <<<"$body" | head -1 | cut -d'"' -f4
}

if curl -fsS "$api/payors?size=1" | grep -q '"totalItems":0'; then
  :
else
  echo "Demo data already present."
  exit 0
fi

echo "Loading demo data..."
# Every name here is invented; any likeness to a real insurer is accidental.
declare -A payor
while IFS=: read -r key name type; do
  payor[$key]=$(post payors "{\"name\":\"$name\",\"type\":\"$type\"}")
done <<'PAYORS'
cascade:Cascade Mutual Health:COMMERCIAL
lakeshore:Lakeshore Health Plan:MEDICARE_ADVANTAGE
prairie:Prairie State Medicaid Partners:MEDICAID_MANAGED_CARE
summit:Summit Benefit Administrators:COMMERCIAL
harbor:Harbor Federal Medicare Services:MEDICARE
redwood:Redwood Community Care:MEDICAID
granite:Granite Workers Comp Trust:WORKERS_COMP
meridian:Meridian Auto Indemnity:AUTO_PIP
bluestem:Bluestem Select PPO:COMMERCIAL
northwind:Northwind Military Health:TRICARE
sagebrush:Sagebrush Advantage:MEDICARE_ADVANTAGE
evergreen:Evergreen Employer Health:OTHER
PAYORS

contract() { # payor-key name effective expiration fee-schedule-json
  post contracts "{\"payorId\":\"${payor[$1]}\",\"name\":\"$2\",\"effectiveDate\":\"$3\",\"expirationDate\":\"$4\",\"feeSchedule\":$5}" >/dev/null
}
# Spine and pain codes: epidural (62321, 62323), facet injections and RF ablation (64490-64495,
# 64633-64636), transforaminal epidural (64483/64484), discectomy (63030), lumbar fusion (22612,
# 22630, 22633, 22840 instrumentation) and bone graft (20936). Amounts are invented.
contract cascade "Cascade Mutual ASC spine 2026" 2026-01-01 2028-12-31 '[
  {"code":"62321","amount":540.00},{"code":"62323","amount":612.40},
  {"code":"64483","amount":698.00},{"code":"64483","modifier":"50","amount":1047.00},{"code":"64484","amount":240.00},
  {"code":"64490","amount":655.00},{"code":"64491","amount":255.00},{"code":"64493","amount":640.00},{"code":"64494","amount":250.00},
  {"code":"64633","amount":1120.00},{"code":"64635","amount":1105.00},{"code":"63030","amount":3890.00},
  {"code":"22612","amount":6420.00},{"code":"22630","amount":6310.00},{"code":"22633","amount":7485.00},
  {"code":"22840","amount":1350.00},{"code":"20936","amount":0.00}]'
contract lakeshore "Lakeshore MA pain management" 2025-07-01 2027-06-30 '[
  {"code":"62321","amount":470.15},{"code":"62323","amount":533.80},{"code":"64483","amount":601.25},
  {"code":"64490","amount":566.00},{"code":"64493","amount":549.75},{"code":"64635","amount":980.00}]'
contract summit "Summit commercial spine surgery" 2026-04-01 2029-03-31 '[
  {"code":"63030","amount":4210.00},{"code":"22612","amount":7025.00},{"code":"22630","amount":6890.00},
  {"code":"22633","amount":8120.00},{"code":"22840","amount":1500.00}]'
echo "Demo data loaded: 12 payors, 3 contracts."
