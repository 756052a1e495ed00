#!/usr/bin/env python3
"""Generates a realistic synthetic claim history for the analytics benchmark (all names made up).

Writes to OUT (default ./out):
  claims.csv       1,000,000 claim lines (about 250,000 claims of 1-8 lines) across 8 payors and 200 codes,
                   in analytics-service's CSV import format
  contracts.sql    one contract per payor as contract_projection rows (the terms JSON a contract-changed
                   event carries), fee schedule for all 200 codes, clean-claim days and late interest
  remit_NN.835     one X12 835 per payor, one payment (ST..SE) per week, paying those claims: most paid as contracted, about 12% with an
                   underpaid line, 5% denied (CO-50, CO-97, CO-16, CO-29), 1% paid, reversed (CLP02=22)
                   and corrected, 2% never paid; every file balances
Deterministic: the same seed gives the same files.
"""
import argparse
import datetime as dt
import json
import os
import random
import uuid

NS = uuid.UUID("5f0c7a52-0d6b-4c35-9f3e-0a1b2c3d4e5f")
PAYORS = ["Cascade Mutual Health", "Lakeshore Health Plan", "Prairie State Medicaid Partners",
          "Summit Benefit Administrators", "Harbor Federal Medicare Services", "Redwood Community Care",
          "Granite Workers Comp Trust", "Bluestem Select PPO"]
TIN = "123456789"
NPI = "1234567893"


def money(cents):
    return "%d.%02d" % (cents // 100, cents % 100)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    parser.add_argument("--seed", type=int, default=20260401)
    # Another prefix makes claims no other file has (run.sh's warm-up file), with the same payors and codes.
    parser.add_argument("--claim-prefix", default="PCN")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    codes = sorted(str(c) for c in rnd.sample(range(10021, 69990), 200))
    payors = [uuid.uuid5(NS, name) for name in PAYORS]
    contracts = [uuid.uuid5(NS, "contract " + name) for name in PAYORS]
    # fee[payor][code] in cents: a base price per code, each payor paying 80-130% of it
    base = {code: rnd.randint(40_00, 4_000_00) for code in codes}
    fee = [{code: int(base[code] * rnd.uniform(0.8, 1.3)) for code in codes} for _ in payors]
    clean_days = [30, 45, 30, 60, 30, 45, 30, 30]
    interest = ["12", "10", "9", "12", "8", "10", "12", "15"]

    with open(os.path.join(args.out, "contracts.sql"), "w") as sql:
        sql.write("BEGIN;\nDELETE FROM contract_projection;\n")
        for p, name in enumerate(PAYORS):
            terms = {
                "payorId": str(payors[p]), "name": name + " 2024-2027", "status": "ACTIVE",
                "effectiveDate": "2024-01-01", "expirationDate": "2027-12-31",
                "paymentTerms": {"cleanClaimPaymentDays": clean_days[p], "lateInterestRatePercent": interest[p],
                                 "timelyFilingDays": 90, "appealWindowDays": 180},
                "rateVersions": [{
                    "effectiveFrom": "2024-01-01", "source": "BASE", "lesserOf": False,
                    "defaultRule": {"method": "NOT_COVERED"},
                    "feeSchedule": [{"code": c, "method": "FIXED", "amount": money(fee[p][c])} for c in codes]}]}
            sql.write("INSERT INTO contract_projection VALUES ('%s', 1, '%s', '%s', 'ACTIVE', '2024-01-01', '2027-12-31', "
                      "'%s'::jsonb, '%s', now(), now());\n"
                      % (contracts[p], payors[p], name.replace("'", "''") + " 2024-2027",
                         json.dumps(terms).replace("'", "''"), uuid.uuid5(NS, "event " + name)))
        sql.write("COMMIT;\n")

    start = dt.date(2025, 1, 1)
    remits = []  # (payor index, claim id, lines[(code, units, dos, charge cents, expected cents)], received, kind)
    written = 0
    claim_no = 0
    with open(os.path.join(args.out, "claims.csv"), "w") as csv:
        csv.write("claim_id,payor_id,provider_tin,provider_npi,patient_id,submission_date,billing_class,code,"
                  "modifiers,units,place_of_service,date_of_service,billed_charge\n")
        while written < args.lines:
            claim_no += 1
            p = rnd.randrange(len(PAYORS))
            n = min(rnd.randint(1, 7), args.lines - written)
            dos = start + dt.timedelta(days=rnd.randrange(540))
            submitted = dos + dt.timedelta(days=rnd.randint(1, 10))
            claim_id = "%s%08d" % (args.claim_prefix, claim_no)
            patient = "MRN%07d" % rnd.randrange(400_000)
            lines = []
            for _ in range(n):
                code = codes[rnd.randrange(200)]
                units = 1 if rnd.random() < 0.9 else 2
                expected = fee[p][code] * units
                charge = int(expected * rnd.uniform(1.8, 3.2))
                modifiers = "" if rnd.random() < 0.85 else rnd.choice(["LT", "RT", "59", "XS"])
                lines.append((code, units, dos, charge, expected))
                csv.write("%s,%s,%s,%s,%s,%s,PROFESSIONAL,%s,%s,%d,22,%s,%s\n" % (
                    claim_id, payors[p], TIN, NPI, patient, submitted, code, modifiers, units, dos, money(charge)))
            written += n
            r = rnd.random()
            kind = "none" if r < 0.02 else "denied" if r < 0.07 else "reversed" if r < 0.08 else \
                "underpaid" if r < 0.20 else "paid"
            if kind != "none":
                received = submitted + dt.timedelta(days=rnd.randint(1, 5))
                remits.append((p, claim_id, lines, received, kind))

    # One 835 file per payor, one transaction (payment) per payor and week: each claim is paid some days
    # after the payer received it, on the Friday after; slow payors pay late.
    speed = [rnd.randint(14, 40) for _ in PAYORS]
    weeks = {}
    for remit in remits:
        p, received = remit[0], remit[3]
        paid = received + dt.timedelta(days=max(3, int(rnd.gauss(speed[p], 12))))
        friday = paid + dt.timedelta(days=(4 - paid.weekday()) % 7)
        weeks.setdefault(p, {}).setdefault(friday, []).append(remit)
    transactions = 0
    for p in sorted(weeks):
        path = os.path.join(args.out, "remit_%02d.835" % (p + 1))
        with open(path, "w") as f:
            f.write("ISA*00*          *00*          *ZZ*PAYER%02d        *ZZ*SPINECTR       *260401*1200*^*00501*%09d*0*P*:~"
                    % (p + 1, p + 1))
            f.write("GS*HP*PAYER%02d*SPINECTR*20260401*1200*%d*X*005010X221A1~" % (p + 1, p + 1))
            count = 0
            for friday in sorted(weeks[p]):
                transactions += 1
                count += 1
                f.write(transaction_835(transactions, PAYORS[p], friday, weeks[p][friday], rnd))
            f.write("GE*%d*%d~IEA*1*%09d~\n" % (count, p + 1, p + 1))
    print("wrote %d lines in %d claims, %d remittance claims in %d payments to %s"
          % (written, claim_no, len(remits), transactions, args.out))


def transaction_835(number, payer, pay_date, batch, rnd):
    segments = []
    total = 0

    def claim(claim_id, status, lines, received, pcn, sign=1):
        nonlocal total
        out = []
        charge = paid = pr = 0
        body = []
        for code, units, dos, line_charge, allowed, line_pr in lines:
            line_paid = allowed - line_pr
            co = line_charge - allowed
            charge += line_charge
            paid += line_paid
            pr += line_pr
            body.append("SVC*HC:%s*%s*%s**%d" % (code, money_signed(sign * line_charge), money_signed(sign * line_paid), units))
            body.append("DTM*472*%s" % dos.strftime("%Y%m%d"))
            if co:
                reason = "45" if status != "4" else rnd.choice(["50", "97", "16", "29"])
                body.append("CAS*CO*%s*%s" % (reason, money_signed(sign * co)))
            if line_pr:
                body.append("CAS*PR*%s*%s" % (rnd.choice(["1", "2", "3"]), money_signed(sign * line_pr)))
        out.append("CLP*%s*%s*%s*%s*%s*12*%s" % (claim_id, status, money_signed(sign * charge), money_signed(sign * paid),
                                                money_signed(sign * pr), pcn))
        out.append("DTM*050*%s" % received.strftime("%Y%m%d"))
        out.extend(body)
        total += sign * paid
        return out

    for index, (p, claim_id, lines, received, kind) in enumerate(batch):
        priced = []
        for i, (code, units, dos, charge, expected) in enumerate(lines):
            allowed = expected
            if kind == "underpaid" and i == 0:
                allowed = int(expected * rnd.uniform(0.7, 0.97))
            if kind == "denied":
                allowed = 0
            line_pr = 0 if kind == "denied" or rnd.random() < 0.6 else int(allowed * 0.2)
            priced.append((code, units, dos, charge, allowed, line_pr))
        pcn = "%06d%05d" % (number, index)
        if kind == "reversed":
            short = [(c, u, d, ch, int(al * 0.8), pr) for c, u, d, ch, al, pr in priced]
            segments += claim(claim_id, "1", short, received, pcn + "A")
            segments += claim(claim_id, "22", short, received, pcn + "A", sign=-1)
            segments += claim(claim_id, "1", priced, received, pcn + "B")
        else:
            segments += claim(claim_id, "4" if kind == "denied" else "1", priced, received, pcn)
    header = ["ST*835*%04d" % number,
              "BPR*I*%s*C*ACH*CCP***********%s" % (money_signed(total), pay_date.strftime("%Y%m%d")),
              "TRN*1*BENCH%07d*1999999999" % number,
              "N1*PR*%s" % payer.upper(),
              "N1*PE*SYNTHETIC SPINE CENTER*XX*%s" % NPI, "REF*TJ*%s" % TIN, "LX*1"]
    body = header + segments
    body.append("SE*%d*%04d" % (len(body) + 1, number % 10000))
    return "~".join(body) + "~"


def money_signed(cents):
    return ("-" if cents < 0 else "") + money(abs(cents))


if __name__ == "__main__":
    main()
