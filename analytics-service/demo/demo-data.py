#!/usr/bin/env python3
"""Demo claims and remittances for analytics: for each projected contract, a few claims billed under it
and payments for them, some short of the contract (underpayments) and some after the contract's
clean-claim days (late payments), one denial and one reversal with its correction. Everything is made
up. Through the public API, so it exercises what a billing system would. Does nothing if claims exist.

Two facts no API can make, so that the demo shows an alert of every kind (GET /api/v1/alerts): a webhook
endpoint whose receiver is gone (a receiver here that answers 410, which the sender disables at its first
delivery: run.sh lets the dev stack deliver to loopback over http), and an underpayment nobody touched for
31 days (its last change backdated in analytics' development database with psql; skipped without psql or
when the stack is not on this machine).

Usage: python3 analytics-service/demo/demo-data.py [base-url]   (default http://127.0.0.1:8080)
The gateway wants a bearer token: PAYORCONTRACTS_TOKEN (as infra/demo-data.sh), else ./run.sh token admin.
ANALYTICS_DATABASE_URL: analytics' database for the backdating (default the development one of run.sh).
"""
import datetime as dt
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080").rstrip("/") + "/api/v1/analytics"
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def token():
    if os.environ.get("PAYORCONTRACTS_TOKEN"):
        return os.environ["PAYORCONTRACTS_TOKEN"]
    try:
        return subprocess.run([os.path.join(ROOT, "run.sh"), "token", "admin"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None  # a service called directly, not through the gateway, needs none


TOKEN = token()


def call(method, path, body=None, base=BASE):
    data = None if body is None else json.dumps(body).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if TOKEN:
        headers["Authorization"] = "Bearer " + TOKEN
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def call_root(method, path, body=None):
    """A call to another route of the same gateway (alerts are under /api/v1/alerts, webhooks /api/v1/webhooks)."""
    return call(method, path, body, base=BASE[:-len("/api/v1/analytics")])


def main():
    if call("GET", "/claims?size=1")["totalItems"] > 0:
        print("Analytics demo data already present.")
        return
    contracts = call("GET", "/contracts?size=50")["items"]
    claims = 0
    for c, summary in enumerate(contracts):
        contract = call("GET", "/contracts/" + summary["id"])
        # Billed by the contract's own provider, so that the claims are priced under it (its appeal window
        # and clean-claim days then make the underpayment and late-payment alerts).
        tin = (call_root("GET", "/api/v1/contracts/" + summary["id"]).get("provider") or {}).get("tin") or "123456789"
        rates = (contract.get("rateVersions") or [{}])[0]
        fixed = [line for line in rates.get("feeSchedule", [])
                 if line.get("method", "FIXED") == "FIXED" and not line.get("modifier") and float(line["amount"]) > 0]
        if not fixed:
            continue
        # Claims from 110 days ago, so that the payments are recent enough for the alerts (a late payment's
        # interest still claimable, an appeal deadline in the coming weeks) whenever the demo is loaded.
        start = max(dt.date.fromisoformat(contract["effectiveDate"]), dt.date.today() - dt.timedelta(days=110))
        for n in range(6):
            line = fixed[n % len(fixed)]
            expected = round(float(line["amount"]), 2)
            service = start + dt.timedelta(days=7 * n + c)
            claim_id = "DEMO-%d-%02d" % (c + 1, n + 1)
            charge = round(expected * 2.4, 2)
            call("POST", "/claims", {
                "claimId": claim_id, "payorId": contract["payorId"], "providerTin": tin,
                "patientId": "demo-patient-%d" % (c * 10 + n), "submissionDate": str(service + dt.timedelta(days=2)),
                "lines": [{"code": line["code"], "units": 1, "placeOfService": "24", "dateOfService": str(service),
                           "billedCharge": charge}]})
            claims += 1
            received = service + dt.timedelta(days=4)
            # n 0, 3: paid as contracted; 1, 4: paid 8% short; 2: paid late and short; 5: denied
            allowed = expected if n in (0, 3) else round(expected * 0.92, 2)
            paid_on = received + dt.timedelta(days=75 if n == 2 else 21)
            status, co_reason = ("4", "50") if n == 5 else ("1", "45")
            if n == 5:
                allowed = 0.0
            patient = round(allowed * 0.2, 2) if n % 2 == 0 else 0.0
            paid = round(allowed - patient, 2)
            adjustments = [{"group": "CO", "reason": co_reason, "amount": round(charge - allowed, 2)}]
            if patient:
                adjustments.append({"group": "PR", "reason": "2", "amount": patient})
            remit_claim = {"claimId": claim_id, "payerClaimId": "P" + claim_id, "status": status, "charge": charge,
                           "paid": paid, "patientResponsibility": patient, "receivedDate": str(received),
                           "lines": [{"code": line["code"], "charge": charge, "paid": paid, "allowed": allowed,
                                      "dateOfService": str(service), "adjustments": adjustments}]}
            call("POST", "/remittances", {"payorId": contract["payorId"], "payerName": contract["name"],
                                          "payerId": "DEMO%02d" % (c + 1), "traceNumber": "DEMO-%s" % uuid.uuid4(),
                                          "paymentDate": str(paid_on), "claims": [remit_claim]})
            if n == 1:
                # The payer takes the short payment back and pays the contracted amount.
                reversal = dict(remit_claim, status="22", charge=-charge, paid=-paid, patientResponsibility=-patient,
                                lines=[dict(remit_claim["lines"][0], charge=-charge, paid=-paid, allowed=-allowed,
                                            adjustments=[dict(a, amount=-a["amount"]) for a in adjustments])])
                corrected = expected - patient
                correction = dict(remit_claim, payerClaimId="Q" + claim_id, paid=round(corrected, 2),
                                  lines=[dict(remit_claim["lines"][0], paid=round(corrected, 2), allowed=expected,
                                              adjustments=[{"group": "CO", "reason": "45", "amount": round(charge - expected, 2)}]
                                              + ([{"group": "PR", "reason": "2", "amount": patient}] if patient else []))])
                call("POST", "/remittances", {"payorId": contract["payorId"], "payerId": "DEMO%02d" % (c + 1),
                                              "traceNumber": "DEMO-%s" % uuid.uuid4(),
                                              "paymentDate": str(paid_on + dt.timedelta(days=30)),
                                              "claims": [reversal, correction]})
    worklist = call("GET", "/underpayments?size=1")["totalItems"]
    late = call("GET", "/reports/late-payments?size=1")["totalItems"]
    untouched_underpayment()
    gone_webhook_endpoint()
    alerts = call_root("GET", "/api/v1/alerts?withinDays=60&size=100")
    kinds = {}
    for item in alerts["items"]:
        kinds[item["kind"]] = kinds.get(item["kind"], 0) + 1
    print("Alerts within 60 days: %d (GET /api/v1/alerts): %s." % (alerts["totalItems"], ", ".join(
        "%s %d" % (kind, count) for kind, count in sorted(kinds.items()))))
    print("Analytics demo data loaded: %d claims; %d underpaid lines on the worklist, %d late payments."
          % (claims, worklist, late))


def untouched_underpayment():
    """UNDERPAYMENT_UNTOUCHED shows 30 days after an underpayment's last change; the API dates every change today,
    so the oldest detected one is backdated 31 days in analytics' development database (the demo's only write
    outside the API)."""
    if not BASE.startswith(("http://127.0.0.1", "http://localhost")) or not shutil.which("psql"):
        print("Not backdating an underpayment (no psql, or not a stack on this machine): no UNDERPAYMENT_UNTOUCHED alert.")
        return
    url = os.environ.get("ANALYTICS_DATABASE_URL", "postgresql://analytics:analytics@127.0.0.1:5432/analytics")
    subprocess.run(["psql", url, "-qtAX", "-v", "ON_ERROR_STOP=1", "-c",
                    "UPDATE underpayment SET updated_at = now() - interval '31 days', "
                    "detected_at = least(detected_at, now() - interval '31 days') "
                    "WHERE id = (SELECT min(id) FROM underpayment WHERE status = 'DETECTED')"], check=True)


class _Gone(http.server.BaseHTTPRequestHandler):
    """A retired receiver: every delivery is answered 410 Gone."""

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(410)
        self.end_headers()

    def log_message(self, *args):
        pass


def gone_webhook_endpoint():
    """A webhook endpoint for job.finished whose receiver answers 410: a repricing's job.finished reaches it, the
    sender disables it, and it is a WEBHOOK_ENDPOINT_DISABLED alert until someone re-enables it."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Gone)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        endpoint = call_root("POST", "/api/v1/webhooks/endpoints", {
            "url": "http://127.0.0.1:%d/hooks" % server.server_address[1], "eventTypes": ["job.finished"],
            "description": "Retired billing bridge (demo)"})
    except urllib.error.HTTPError as e:
        server.shutdown()
        print("Webhook endpoint on loopback refused (%d): no WEBHOOK_ENDPOINT_DISABLED alert." % e.code)
        return
    call("POST", "/repricing", {})
    for _ in range(150):
        if call_root("GET", "/api/v1/webhooks/endpoints/" + endpoint["id"])["state"] == "DISABLED":
            break
        time.sleep(0.2)
    server.shutdown()


if __name__ == "__main__":
    main()
