#!/usr/bin/env python3
"""Data for bench/coverage/run.sh: a service catalog, a reference fee schedule, a contract's fee
schedule and a proposal, all for made-up codes 30000 upward (codes only, no descriptors).

    generate.py OUT_DIR [--lines 20000] [--codes 2000]

Writes catalog.csv (the catalog's codes 30000..), reference.csv (a Medicare fee for each catalog
code), schedule.csv (LINES fee-schedule lines: a plain and a -50 line per code; every coverage
class among the catalog's codes) and proposal.json (a proposal changing most catalog codes by each
kind of rate change). Catalog code number i (0-based) falls by i % 20 into:
  0      no line at all: MISSING (the contract's default rule is NOT_COVERED); the proposal adds it
  1      NOT_COVERED line
  2      CARVE_OUT_COST_PLUS line
  3      no line of its own, bundled in the case rate of code i + 1: CASE_RATE_BUNDLED
  4      CASE_RATE line bundling code i - 1
  5-19   FIXED (even i) or PERCENT_OF_MEDICARE (odd i) lines: PRICED_BY_LINE
The lines past the catalog's codes belong to codes 40000 upward, so the schedule has LINES lines.
"""
import argparse
import json
import os

CATEGORIES = ["EVALUATION", "INJECTIONS", "DECOMPRESSION", "FUSION", "IMPLANTS", "IMAGING", "OTHER"]


def code_of(i):
    return str(30000 + i)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lines", type=int, default=20000)
    parser.add_argument("--codes", type=int, default=2000)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    with open(os.path.join(args.out, "catalog.csv"), "w") as f:
        f.write("code,label,category,expected_annual_volume,implant_heavy\n")
        for i in range(args.codes):
            f.write(f"{code_of(i)},Bench service {i},{CATEGORIES[i % 7]},{10 + (i * 37) % 990},{'true' if i % 7 == 4 else 'false'}\n")

    with open(os.path.join(args.out, "reference.csv"), "w") as f:
        f.write("code,modifier,facility_amount,non_facility_amount\n")
        for i in range(args.codes):
            f.write(f"{code_of(i)},,{60 + (i * 13) % 900}.{i % 100:02d},{90 + (i * 17) % 1200}.{(i * 7) % 100:02d}\n")

    lines = []

    def both(code, method, amount="", percent="", bundled=""):
        mpr = "true" if method in ("FIXED", "PERCENT_OF_MEDICARE") else "false"
        for modifier in ("", "50"):
            lines.append(f"{code},{modifier},,,{method},{amount},{percent},{bundled},{mpr},")

    for i in range(args.codes):
        kind = i % 20
        code = code_of(i)
        if kind == 0 or kind == 3:
            continue
        if kind == 1:
            both(code, "NOT_COVERED")
        elif kind == 2:
            both(code, "CARVE_OUT_COST_PLUS", percent="110")
        elif kind == 4:
            both(code, "CASE_RATE", amount=f"{5000 + i}.00", bundled=code_of(i - 1))
        elif i % 2 == 0:
            both(code, "FIXED", amount=f"{50 + (i * 31) % 4000}.{i % 100:02d}")
        else:
            both(code, "PERCENT_OF_MEDICARE", percent=str(110 + i % 90))
    extra = 40000
    while len(lines) < args.lines:
        both(str(extra), "FIXED", amount=f"{50 + extra % 5000}.{extra % 100:02d}")
        extra += 1
    with open(os.path.join(args.out, "schedule.csv"), "w") as f:
        f.write("code,modifier,billing_class,place_of_service,method,amount,percent,bundled_codes,mpr_eligible,lesser_of_percent\n")
        f.write("\n".join(lines[:args.lines]) + "\n")

    by_kind = {"PERCENT_CHANGE": [], "PERCENT_OF_MEDICARE": [], "ABSOLUTE": []}
    for i in range(args.codes):
        kind = i % 20
        if 5 <= kind <= 12:
            by_kind["PERCENT_CHANGE"].append(code_of(i))
        elif 13 <= kind <= 16:
            by_kind["PERCENT_OF_MEDICARE"].append(code_of(i))
        elif kind in (0, 17):
            by_kind["ABSOLUTE"].append(code_of(i))
    proposal = {
        "from": "PAYOR", "effectiveDate": "2027-01-01", "paymentDays": 45,
        "escalator": {"annualPercent": 3, "firstAnniversary": "2028-01-01", "years": 2},
        "rateChanges": [
            {"kind": "PERCENT_CHANGE", "codes": by_kind["PERCENT_CHANGE"], "percent": -4},
            {"kind": "PERCENT_OF_MEDICARE", "codes": by_kind["PERCENT_OF_MEDICARE"], "percent": 150},
            {"kind": "ABSOLUTE", "codes": by_kind["ABSOLUTE"], "amount": 123.45},
        ],
        "note": "Coverage benchmark proposal",
    }
    with open(os.path.join(args.out, "proposal.json"), "w") as f:
        json.dump(proposal, f)
    print(f"{args.codes} catalog codes, {min(len(lines), args.lines)} fee-schedule lines, "
          f"{sum(len(c) for c in by_kind.values())} codes changed by the proposal")


if __name__ == "__main__":
    main()
