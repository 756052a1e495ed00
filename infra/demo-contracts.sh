# Demo contracts, sourced by demo-data.sh, which defines $api, post() and the payor ids in ${payor[...]}.
# Spine and pain codes: epidural (62321, 62323), transforaminal epidural (64483/64484), facet
# injections (64490-64495), radiofrequency ablation (64633-64636), discectomy (63030), lumbar
# fusion (22612, 22630, 22633), instrumentation (22840), bone graft (20936), implant (L8699).
# Every amount and name is invented. No CPT descriptor appears anywhere: codes only.

status() { # contract-id status reason (If-Match * : whatever version is there)
  curl -fsS -X POST "$api/contracts/$1/status" -H 'Content-Type: application/json' -H 'If-Match: *' \
       -d "{\"status\":\"$2\",\"reason\":\"$3\"}" >/dev/null
}

reference=$(curl -fsS -X POST "$api/reference-fee-schedules?name=Demo%20MPFS%20(made-up%20amounts)&year=2026&locality=DEMO-01" \
  -H 'Content-Type: text/csv' --data-binary @- <<'CSV' | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4
code,modifier,facility_amount,non_facility_amount
62321,,182.40,401.15
62323,,176.90,389.70
64483,,201.35,412.80
64484,,91.20,188.45
64490,,170.05,344.60
64491,,82.95,136.30
64493,,151.25,330.10
64494,,74.80,129.95
64633,,269.70,661.35
64635,,266.55,652.20
63030,,1023.40,
22612,,1541.80,
22630,,1652.15,
22633,,1935.60,
CSV
)

cascade=$(post contracts "$(cat <<JSON
{"payorId":"${payor[cascade]}","name":"Cascade Mutual ASC spine 2026","effectiveDate":"2026-01-01","expirationDate":"2028-12-31",
 "provider":{"name":"Riverbend Spine Surgery Center","tin":"123456789","facilityNpi":"1245319599","billingClass":"FACILITY"},
 "linesOfBusiness":["PPO","HMO"],"autoRenew":true,"renewalNoticeDays":90,"terminationNoticeDays":120,
 "paymentTerms":{"cleanClaimPaymentDays":30,"lateInterestRatePercent":12,"timelyFilingDays":90,"appealWindowDays":180},
 "referenceScheduleId":"$reference",
 "feeSchedule":[
  {"code":"62321","amount":540.00,"multipleProcedureEligible":true},
  {"code":"62323","amount":612.40,"multipleProcedureEligible":true},
  {"code":"64483","amount":698.00,"multipleProcedureEligible":true},
  {"code":"64484","amount":240.00,"multipleProcedureEligible":true},
  {"code":"64490","method":"PERCENT_OF_MEDICARE","percent":160,"multipleProcedureEligible":true},
  {"code":"64491","method":"PERCENT_OF_MEDICARE","percent":160,"multipleProcedureEligible":true},
  {"code":"64493","method":"PERCENT_OF_MEDICARE","percent":160,"multipleProcedureEligible":true},
  {"code":"64494","method":"PERCENT_OF_MEDICARE","percent":160,"multipleProcedureEligible":true},
  {"code":"64633","amount":1120.00,"multipleProcedureEligible":true},
  {"code":"64635","amount":1105.00,"multipleProcedureEligible":true},
  {"code":"63030","amount":3890.00,"multipleProcedureEligible":true},
  {"code":"22612","method":"CASE_RATE","amount":21500.00,"bundledCodes":["22840","20936"]},
  {"code":"22630","method":"CASE_RATE","amount":20800.00,"bundledCodes":["22840","20936"]},
  {"code":"22633","method":"CASE_RATE","amount":24300.00,"bundledCodes":["22840","20936"]},
  {"code":"L8699","method":"CARVE_OUT_COST_PLUS","percent":110}],
 "defaultRule":{"method":"PERCENT_OF_CHARGES","percent":45},
 "multipleProcedureReduction":{"percentagesByRank":[100,50,50,50,50],"exemptCodes":["L8699"]},
 "modifierRules":{"bilateralPercent":150,"percentByModifier":{"62":62.5,"80":16,"AS":16}},
 "stopLoss":{"threshold":80000,"percent":60},"lesserOf":true,
 "escalator":{"annualPercent":3,"firstAnniversary":"2027-01-01","years":3}}
JSON
)")
status "$cascade" NEGOTIATING "Proposal sent"
status "$cascade" ACTIVE "Signed 2025-12-18"
curl -fsS -X POST "$api/contracts/$cascade/amendments" -H 'Content-Type: application/json' -d '{
  "name":"Amendment 1: injection rates","effectiveDate":"2027-07-01",
  "description":"Raises epidural rates after the 2027 review",
  "feeScheduleUpserts":[{"code":"62323","amount":655.00,"multipleProcedureEligible":true},
                        {"code":"62321","amount":575.00,"multipleProcedureEligible":true}]}' >/dev/null

lakeshore=$(post contracts "$(cat <<JSON
{"payorId":"${payor[lakeshore]}","name":"Lakeshore MA pain management","effectiveDate":"2025-07-01","expirationDate":"2027-06-30",
 "provider":{"name":"Northshore Pain Physicians","tin":"987654321","groupNpi":"1234567893","billingClass":"PROFESSIONAL"},
 "linesOfBusiness":["MEDICARE_ADVANTAGE"],"renewalNoticeDays":60,"terminationNoticeDays":90,
 "paymentTerms":{"cleanClaimPaymentDays":30,"lateInterestRatePercent":10,"timelyFilingDays":365,"appealWindowDays":120},
 "referenceScheduleId":"$reference",
 "feeSchedule":[{"code":"62321","amount":470.15},{"code":"62323","amount":533.80},{"code":"64483","amount":601.25}],
 "defaultRule":{"method":"PERCENT_OF_MEDICARE","percent":105},
 "modifierRules":{"bilateralPercent":150,"percentByModifier":{}}}
JSON
)")
status "$lakeshore" NEGOTIATING "Renewal terms agreed"
status "$lakeshore" ACTIVE "Signed 2025-06-20"

post contracts "$(cat <<JSON
{"payorId":"${payor[summit]}","name":"Summit commercial spine surgery","effectiveDate":"2026-04-01","expirationDate":"2029-03-31",
 "provider":{"name":"Riverbend Spine Surgery Center","tin":"123456789","facilityNpi":"1245319599","billingClass":"FACILITY"},
 "linesOfBusiness":["PPO","EPO"],
 "feeSchedule":[{"code":"63030","amount":4210.00},{"code":"22612","amount":7025.00},{"code":"22630","amount":6890.00},
                {"code":"22633","amount":8120.00},{"code":"22840","amount":1500.00}],
 "defaultRule":{"method":"PERCENT_OF_CHARGES","percent":40},"lesserOf":true}
JSON
)" >/dev/null

# The organization's service catalog: its own labels (never descriptors), expected yearly volumes.
# 63650 and 63685 (spinal cord stimulation) are priced by no contract's own line: coverage gaps to
# negotiate. The planned service line starts them next year.
curl -fsS -X PUT "$api/service-catalog" -H 'Content-Type: text/csv' -H 'If-Match: *' --data-binary @- >/dev/null <<'CSV'
code,label,category,expected_annual_volume,implant_heavy
62321,Cervical/thoracic epidural,INJECTIONS,420,false
62323,Lumbar epidural with imaging,INJECTIONS,1650,false
64483,TFESI lumbar first level,INJECTIONS,1380,false
64484,TFESI lumbar each added level,INJECTIONS,610,false
64490,Cervical facet first level,INJECTIONS,240,false
64493,Lumbar facet first level,INJECTIONS,520,false
64633,Cervical RFA first joint,INJECTIONS,180,false
64635,Lumbar RFA first joint,INJECTIONS,410,false
63030,Lumbar laminotomy one level,DECOMPRESSION,140,false
22612,Posterior lumbar fusion one level,FUSION,60,true
22630,PLIF one level,FUSION,75,true
22633,Combined lumbar fusion one level,FUSION,40,true
L8699,Prosthetic implant (invoice),IMPLANTS,175,true
63650,SCS trial leads,INJECTIONS,0,true
63685,SCS generator placement,IMPLANTS,0,true
CSV
post service-catalog/planned-service-lines \
  '{"name":"Spinal cord stimulation","targetStartDate":"2027-07-01","codes":["63650","63685","L8699"]}' >/dev/null

# A contract whose deadlines fall in the coming weeks whenever the demo is loaded (dates relative to
# today, day() of demo-data.sh), so the alerts show each contract kind: termination notice in 5 days,
# escalator step in 12, renewal notice in 15, expiration in 25; a 75-day appeal window for its claims.
# It prices three injection codes and covers nothing else (default NOT_COVERED), so the catalog's
# twelve other codes are MISSING from it: GET /api/v1/contracts/{id}/coverage?coverage=MISSING
# lists 22612, 22630, 22633, 63030, 63650, 63685, 64484, 64490, 64493, 64633, 64635 and L8699.
prairie=$(post contracts "$(cat <<JSON
{"payorId":"${payor[prairie]}","name":"Prairie State Medicaid injections","effectiveDate":"2024-01-01","expirationDate":"$(day 25)",
 "provider":{"name":"Northshore Pain Physicians","tin":"987654321","groupNpi":"1234567893","billingClass":"PROFESSIONAL"},
 "linesOfBusiness":["MEDICAID"],"renewalNoticeDays":10,"terminationNoticeDays":20,
 "paymentTerms":{"cleanClaimPaymentDays":30,"lateInterestRatePercent":9,"timelyFilingDays":180,"appealWindowDays":75},
 "feeSchedule":[{"code":"62321","amount":410.00},{"code":"62323","amount":455.00},{"code":"64483","amount":520.00}],
 "defaultRule":{"method":"NOT_COVERED"},
 "escalator":{"annualPercent":2,"firstAnniversary":"$(day 12)","years":1}}
JSON
)")
status "$prairie" NEGOTIATING "Renewal of the 2024 agreement"
status "$prairie" ACTIVE "Signed 2023-12-15"

# Organization-wide walk-away floors (contract managers and admins only): the fusion's implant and
# OR cost (Summit's contract pays 22630 below it) and the epidural's cost of service.
post service-catalog/floors \
  '{"code":"22630","amount":14250.00,"effectiveFrom":"2026-01-01","reason":"Implant and OR cost of a one-level fusion"}' >/dev/null
post service-catalog/floors \
  '{"code":"62323","amount":455.00,"effectiveFrom":"2026-01-01","reason":"Cost of service with imaging"}' >/dev/null

# An open negotiation of Cascade's renewal: the payor's opening proposal cuts the epidural 40%
# (655.00 -> 393.00, escalated 429.44 in 2029: below the 455.00 floor) and lifts the fusion case
# rate 2%. GET .../negotiations/{id}/proposals/{id}/comparison as a contract manager flags 62323.
negotiation=$(post "contracts/$cascade/negotiations" '{"name":"Cascade renewal 2029-2031"}')
post "contracts/$cascade/negotiations/$negotiation/proposals" '{"from":"PAYOR","effectiveDate":"2029-01-01",
  "newExpirationDate":"2031-12-31","paymentDays":45,
  "rateChanges":[{"kind":"PERCENT_CHANGE","codes":["62323"],"percent":-40},
                 {"kind":"PERCENT_CHANGE","codes":["22630"],"percent":2}],
  "note":"Payor opening offer"}' >/dev/null
