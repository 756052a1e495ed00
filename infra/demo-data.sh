#!/usr/bin/env bash
# Loads made-up demo data through the public API (so it exercises what a client would).
# Usage: infra/demo-data.sh [gateway-url]. Loads only what is missing; a second run does nothing.
set -euo pipefail
api="${1:-http://127.0.0.1:8080}/api/v1"
# The gateway wants a bearer token on every call: run.sh passes an admin one, else mint it here.
token=${PAYORCONTRACTS_TOKEN:-$("$(dirname "$0")/../run.sh" token admin)}
curl() { command curl -H "Authorization: Bearer $token" "$@"; } # every curl below (and in demo-contracts.sh)

post() { # path json -> id of the created resource
  local body
  body=$(curl -fsS -X POST "$api/$1" -H 'Content-Type: application/json' -d "$2")
  grep -o '"id":"[^"]*"' <<<"$body" | head -1 | cut -d'"' -f4
}

# --- Payors (owned by payor-service) ---------------------------------------------------------
# Every name, id, person, address and figure here is invented; any likeness to a real insurer is
# accidental. Codes appear without descriptors.
add() { # path json -> id; the Idempotency-Key makes a rerun after a partial load harmless
  local key body # If-Match * : a status move needs one, whatever version is there; creating ignores it
  key="demo-$(printf '%s %s' "$1" "$2" | md5sum | cut -c1-32)"
  body=$(curl -fsS -X POST "$api/$1" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" -H 'If-Match: *' -d "$2")
  grep -o '"id":"[^"]*"' <<<"$body" | head -1 | cut -d'"' -f4
}
day() { date -u -d "$1 days" +%F; } # relative to today, so "in the next N days" always shows something
urlencode() { sed 's/ /%20/g; s/&/%26/g' <<<"$1"; }

# key|name|type|legal name|EDI payer ids (ID@clearinghouse;...)|portal
PAYORS='cascade|Cascade Mutual Health|COMMERCIAL|Cascade Mutual Health Insurance Company|CMH01@Clearpath Exchange;77010@Northgate EDI|https://providers.cascademutual.example
lakeshore|Lakeshore Health Plan|MEDICARE_ADVANTAGE|Lakeshore Health Plan of the Midwest, Inc.|LKS22@Clearpath Exchange|https://portal.lakeshorehp.example
prairie|Prairie State Medicaid Partners|MEDICAID_MANAGED_CARE|Prairie State Medicaid Partners LLC|PSM40@Northgate EDI|https://providers.prairiestatemp.example
summit|Summit Benefit Administrators|COMMERCIAL|Summit Benefit Administrators, LLC|SBA77@Clearpath Exchange|https://summitba.example/providers
harbor|Harbor Federal Medicare Services|MEDICARE|Harbor Federal Medicare Services Corp.|HFM01@Northgate EDI|https://harborfms.example
redwood|Redwood Community Care|MEDICAID|Redwood Community Care Plan|RCC09@Clearpath Exchange|https://redwoodcc.example/provider
granite|Granite Workers Comp Trust|WORKERS_COMP|Granite Workers Compensation Trust|GWC12@Northgate EDI|https://granitewct.example
meridian|Meridian Auto Indemnity|AUTO_PIP|Meridian Auto Indemnity Company|MAI55@Clearpath Exchange|https://claims.meridianauto.example
bluestem|Bluestem Select PPO|COMMERCIAL|Bluestem Select Health Plans, Inc.|BSP31@Clearpath Exchange;88231@Northgate EDI|https://bluestemselect.example/providers
northwind|Northwind Military Health|TRICARE|Northwind Military Health Services|NMH03@Northgate EDI|https://northwindmh.example
sagebrush|Sagebrush Advantage|MEDICARE_ADVANTAGE|Sagebrush Advantage Health Plan, Inc.|SGA60@Clearpath Exchange|https://sagebrushadvantage.example
evergreen|Evergreen Employer Health|OTHER|Evergreen Employer Health Cooperative|EEH14@Northgate EDI|https://evergreenemployer.example'

declare -A payor
fresh=true
if ! curl -fsS "$api/payors?size=1&includeArchived=true" | grep -q '"totalItems":0'; then
  fresh=false
  while IFS='|' read -r key name _; do
    payor[$key]=$(curl -fsS "$api/payors?size=1&name=$(urlencode "$name")" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  done <<<"$PAYORS"
  # Evergreen's contact is loaded last, so once it exists everything before it does too.
  if [ -z "${payor[evergreen]}" ] || ! curl -fsS "$api/payors/${payor[evergreen]}/contacts?size=1" | grep -q '"totalItems":0'; then
    echo "Demo data already present."
    exit 0
  fi
  echo "Adding profiles, presence, policies, bulletins and relationships to the demo payors..."
fi
[ "$fresh" = true ] && echo "Loading demo data..."
while IFS='|' read -r key name type legal edi portal; do
  ids=$(tr ';' '\n' <<<"$edi" | sed 's/\(.*\)@\(.*\)/{"payerId":"\1","clearinghouse":"\2"}/' | paste -sd, -)
  profile="\"legalName\":\"$legal\",\"ediPayerIds\":[$ids],\"portalUrl\":\"$portal\""
  if [ "$fresh" = true ]; then
    payor[$key]=$(add payors "{\"name\":\"$name\",\"type\":\"$type\",$profile}")
  else # payors from an older demo load: complete their profile (If-Match * : whatever version is there)
    curl -fsS -o /dev/null -X PATCH "$api/payors/${payor[$key]}" -H 'Content-Type: application/merge-patch+json' \
         -H 'If-Match: *' -d "{$profile}"
  fi
done <<<"$PAYORS"

# Covered lives (a county row refines its state): key|state|county|lives|share %|as of
while IFS='|' read -r key state county lives share asof; do
  c=${county:+\"county\":\"$county\",}
  add "payors/${payor[$key]}/presence" "{\"state\":\"$state\",$c\"coveredLives\":$lives,\"marketSharePercent\":$share,\"asOf\":\"$asof\",\"source\":\"Demo enrollment survey (invented)\"}" >/dev/null
done <<'PRESENCE'
cascade|WA||1250000|21.40|2025-12-31
cascade|WA|King|520000|24.10|2025-12-31
cascade|OR||640000|17.80|2025-12-31
cascade|ID||180000|9.60|2025-12-31
lakeshore|MI||310000|12.20|2025-09-30
lakeshore|WI||145000|8.10|2025-09-30
lakeshore|IL||220000|5.30|2025-09-30
prairie|KS||260000|33.00|2025-12-31
prairie|NE||120000|28.50|2025-12-31
prairie|OK||190000|19.70|2025-12-31
summit|TX||980000|6.90|2025-12-31
summit|TX|Travis|140000|11.30|2025-12-31
summit|OK||150000|7.40|2025-12-31
summit|AR||90000|6.20|2025-12-31
harbor|FL||410000|9.90|2025-06-30
harbor|GA||205000|8.40|2025-06-30
redwood|CA||730000|5.10|2025-12-31
granite|NH||60000|18.00|2025-12-31
granite|VT||25000|14.50|2025-12-31
meridian|NJ||340000|4.80|2025-12-31
meridian|PA||280000|3.90|2025-12-31
bluestem|KS||210000|14.60|2025-12-31
bluestem|MO||175000|6.70|2025-12-31
northwind|VA||160000|4.20|2025-12-31
northwind|NC||140000|2.90|2025-12-31
northwind|DC||30000|3.10|2025-12-31
sagebrush|NV||95000|11.80|2025-12-31
sagebrush|AZ||130000|7.10|2025-12-31
sagebrush|PR||70000|6.40|2025-12-31
evergreen|WA||85000|1.50|2025-12-31
PRESENCE

# Plan products: key|name|line of business|states
while IFS='|' read -r key name lob states; do
  add "payors/${payor[$key]}/products" "{\"name\":\"$name\",\"lineOfBusiness\":\"$lob\",\"states\":[$(sed 's/[A-Z][A-Z]/"&"/g' <<<"$states")]}" >/dev/null
done <<'PRODUCTS'
cascade|Cascade Choice PPO|PPO|WA,OR,ID
cascade|Cascade Connect HMO|HMO|WA
cascade|Cascade Individual Marketplace|MARKETPLACE|WA,OR
lakeshore|Lakeshore Advantage HMO|MEDICARE_ADVANTAGE|MI,WI,IL
lakeshore|Lakeshore Dual Complete|DUAL_ELIGIBLE|MI
prairie|Prairie Medicaid Managed Care|MEDICAID_MCO|KS,NE,OK
prairie|Prairie Kids CHIP|CHIP|KS
summit|Summit Open Access POS|POS|TX,OK,AR
summit|Summit HDHP Saver|HDHP|TX
bluestem|Bluestem Select PPO|PPO|KS,MO
bluestem|Bluestem Essential EPO|EPO|KS
sagebrush|Sagebrush Advantage PPO|MEDICARE_ADVANTAGE|NV,AZ,PR
northwind|Northwind TRICARE Select|TRICARE|VA,NC,DC
PRODUCTS

# Provider requirements: key|kind|panel open|state|effective|end|description
while IFS='|' read -r key kind open state from to text; do
  extra=${open:+\"panelOpen\":$open,}${state:+\"state\":\"$state\",}${to:+\"endDate\":\"$to\",}
  add "payors/${payor[$key]}/requirements" "{\"kind\":\"$kind\",$extra\"effectiveDate\":\"$from\",\"description\":\"$text\"}" >/dev/null
done <<'REQUIREMENTS'
cascade|ACCREDITATION|||2025-01-01||ASCs must hold AAAHC or an equivalent national accreditation
cascade|CREDENTIALING|||2025-01-01||Current credentialing attestation and board certification for every surgeon
cascade|PANEL|true|WA|2026-01-01|2026-12-31|Spine panel open to new ASCs in Washington for 2026
summit|PANEL|false|TX|2026-01-01||Pain-management panel closed in the Austin metro
prairie|CREDENTIALING|||2025-07-01||State Medicaid enrollment before plan credentialing
lakeshore|ACCREDITATION|||2025-01-01||Medicare-certified ASC with a current survey
REQUIREMENTS

# Bulletins, effective in N days from today: key|ref|title|in days|codes|impacts
declare -A bulletin
while IFS='|' read -r key ref title days codes impacts; do
  bulletin[$ref]=$(add "payors/${payor[$key]}/bulletins" "{\"title\":\"$title\",\"summary\":\"$title. Invented for the demo.\",\"publishedOn\":\"$(day $((days - 45)))\",\"effectiveDate\":\"$(day "$days")\",\"affectedCodes\":[$(sed 's/[0-9A-Z]\{5\}/"&"/g' <<<"$codes")],\"impacts\":[$(sed 's/[A-Z]\+/"&"/g' <<<"$impacts")],\"sourceUrl\":\"https://bulletins.example/$ref\"}")
done <<'BULLETINS'
cascade|cascade_facet|Prior authorization for lumbar facet procedures|14|64490,64493,64633|AUTHORIZATION,DOCUMENTATION
cascade|cascade_fusion|Lumbar fusion site-of-service update|75|22612,22630|COVERAGE,RATE
lakeshore|lakeshore_esi|Epidural injection frequency limits|21|62321,62323,64483|COVERAGE,DOCUMENTATION
summit|summit_rates|Annual ASC rate update|40|63030,22612,22630|RATE
prairie|prairie_pa|Medicaid prior authorization for spine surgery|7|63030,22612,22630|AUTHORIZATION
bluestem|bluestem_rfa|Radiofrequency ablation documentation|-30|64633|DOCUMENTATION
BULLETINS

# UM policies: key|code|prior auth required|effective (a number: in N days)|end|bulletin ref
while IFS='|' read -r key code pa from to ref; do
  [[ $from =~ ^-?[0-9]+$ ]] && from=$(day "$from")
  extra=${to:+\"endDate\":\"$to\",}${ref:+\"sourceBulletinId\":\"${bulletin[$ref]}\",}
  add "payors/${payor[$key]}/um-policies" "{\"code\":\"$code\",\"priorAuthRequired\":$pa,$extra\"effectiveDate\":\"$from\"}" >/dev/null
done <<'POLICIES'
cascade|62321|false|2025-01-01||
cascade|62323|false|2025-01-01||
cascade|64483|true|2025-01-01||
cascade|64490|true|14||cascade_facet
cascade|64493|true|14||cascade_facet
cascade|64633|true|14||cascade_facet
cascade|63030|true|2025-01-01||
cascade|22612|true|2025-01-01||
cascade|22630|true|2025-01-01||
lakeshore|62321|true|2025-01-01||
lakeshore|62323|true|2025-01-01||
lakeshore|64483|true|2025-01-01||
summit|63030|true|2025-01-01||
summit|22612|true|2025-01-01||
summit|64490|false|2025-01-01|2025-12-31|
prairie|63030|true|7||prairie_pa
prairie|22612|true|7||prairie_pa
prairie|22630|true|7||prairie_pa
bluestem|64633|false|2025-01-01||bluestem_rfa
POLICIES

# Pipeline: key|statuses to walk through, in order
while IFS='|' read -r key statuses; do
  for s in $statuses; do
    add "payors/${payor[$key]}/status" "{\"status\":\"$s\",\"reason\":\"Demo: moved to $s\"}" >/dev/null
  done
done <<'PIPELINE'
cascade|RESEARCHING TARGETED NEGOTIATING CONTRACTED
lakeshore|RESEARCHING TARGETED NEGOTIATING CONTRACTED
summit|RESEARCHING TARGETED NEGOTIATING CONTRACTED
prairie|RESEARCHING TARGETED
bluestem|RESEARCHING TARGETED NEGOTIATING
sagebrush|RESEARCHING
redwood|RESEARCHING DECLINED
PIPELINE

# Contacts: key|ref|name|role|e-mail|phone
declare -A contact
while IFS='|' read -r key ref name role email phone; do
  contact[$ref]=$(add "payors/${payor[$key]}/contacts" "{\"name\":\"$name\",\"role\":\"$role\",\"email\":\"$email\",\"phone\":\"$phone\"}")
done <<'CONTACTS'
cascade|cascade_pr|Morgan Ellis|PROVIDER_RELATIONS_REPRESENTATIVE|m.ellis@cascademutual.example|(555) 201-4400 x212
cascade|cascade_cm|Priya Natarajan|CONTRACTING_MANAGER|p.natarajan@cascademutual.example|(555) 201-4400 x230
lakeshore|lakeshore_pr|Tom Okafor|PROVIDER_RELATIONS_REPRESENTATIVE|tokafor@lakeshorehp.example|(555) 310-8821
summit|summit_cm|Renee Castillo|CONTRACTING_MANAGER|rcastillo@summitba.example|(555) 402-1190
prairie|prairie_nd|Glen Haugen|NETWORK_DEVELOPMENT|ghaugen@prairiestatemp.example|(555) 785-3300
bluestem|bluestem_cm|Alicia Brandt|CONTRACTING_MANAGER|abrandt@bluestemselect.example|(555) 816-2044
CONTACTS

# Interactions, N days ago, follow-up in M days: key|contact ref|kind|-N|M|outcome
while IFS='|' read -r key ref kind ago next outcome; do
  c=${ref:+\"contactId\":\"${contact[$ref]}\",}
  n=${next:+\"nextFollowUpOn\":\"$(day "$next")\",}
  add "payors/${payor[$key]}/interactions" "{\"kind\":\"$kind\",$c$n\"occurredOn\":\"$(day "$ago")\",\"outcome\":\"$outcome\"}" >/dev/null
done <<'INTERACTIONS'
cascade|cascade_cm|MEETING|-20|5|Shared facet and RFA volumes; they will price 64490-64495
cascade|cascade_pr|CALL|-6|-1|Asked for the 2026 panel application form
bluestem|bluestem_cm|EMAIL|-3|10|Sent our counter-proposal on 22612 and 22630
prairie|prairie_nd|CONFERENCE|-40|12|Met at the state ASC association meeting; interested in spine access
lakeshore|lakeshore_pr|CALL|-90||Confirmed the ESI frequency rules
INTERACTIONS
add "payors/${payor[evergreen]}/contacts" '{"name":"Sam Whitaker","role":"PROVIDER_RELATIONS_REPRESENTATIVE","email":"swhitaker@evergreenemployer.example","phone":"(555) 907-1200"}' >/dev/null
if [ "$fresh" = false ]; then
  echo "Payor details added; contracts were loaded before."
  exit 0
fi

# Contracts, reference schedule and amendments: see demo-contracts.sh (it uses $api, post and payor).
# shellcheck source=infra/demo-contracts.sh
source "$(dirname "$0")/demo-contracts.sh"
echo "Demo data loaded: 12 payors, a reference fee schedule, 4 contracts (3 active, 1 amended, 1 leaving catalog codes MISSING), a service catalog with a planned line, floors, one open negotiation below floor."

# Claims and remittances for analytics, once the contracts have reached its projection: some paid
# short (underpayments), some late, a denial, a reversal and its correction.
if command -v python3 >/dev/null 2>&1; then
  for _ in $(seq 1 50); do
    curl -fsS -H "Authorization: Bearer $token" "${api}/analytics/contracts?size=1" | grep -q '"totalItems":0' || break
    sleep 0.2
  done
  PAYORCONTRACTS_TOKEN=$token python3 "$(dirname "$0")/../analytics-service/demo/demo-data.py" "${api%/api/v1}"
else
  echo "python3 not found: skipping the demo claims and remittances (analytics-service/demo/demo-data.py)."
fi
