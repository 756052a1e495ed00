/**
 * The generated client against the running stack through the gateway, each step with the role that
 * does it in practice: a contract manager sets up a payor (with its EDI payer id) and an active contract
 * for a provider NPI from a CSV fee schedule and quotes a claim line; the billing system quotes the claim
 * as it knows it (EDI payer id + NPI), posts it and the payer's X12 835, which pays less than the
 * contract says; an analyst reads the underpayment, to the cent.
 *
 * Run by system-tests' TypeScriptClientIT, which starts the stack and passes the gateway's address
 * and a signed token per role: PC_GATEWAY_URL, PC_TOKEN_CONTRACT_MANAGER, PC_TOKEN_BILLING_INTEGRATION,
 * PC_TOKEN_ANALYST.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { test } from "node:test";
import { createPayorContractsClient, sendAsIs, type PayorContractsClient } from "../src/index.js";

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: this test runs against a live stack (system-tests TypeScriptClientIT)`);
  }
  return value;
}

function client(tokenVariable: string): PayorContractsClient {
  return createPayorContractsClient({ baseUrl: required("PC_GATEWAY_URL"), token: required(tokenVariable) });
}

/** Money as the API's two-decimal text, so 698 and 698.00 compare equal and 0.1 + 0.2 never matters. */
const cents = (amount: number | string): string => Number(amount).toFixed(2);

async function eventually<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 20): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${seconds} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A balanced 835 paying one claim line 668.00 of 2400.00 billed, 1732.00 adjusted CO-45. */
function remittance835(claimId: string, trace: string): string {
  return [
    "ST*835*0001",
    "BPR*I*668*C*ACH************20260320",
    `TRN*1*${trace}*1999999999`,
    "N1*PR*SUMMIT RIDGE HEALTH",
    "N1*PE*RIVERBEND SPINE SURGERY CENTER*XX*1234567893",
    "LX*1",
    `CLP*${claimId}*1*2400*668**12*SRH-${claimId}`,
    "SVC*HC:64483*2400*668**1",
    "DTM*472*20260302",
    "CAS*CO*45*1732",
    "SE*11*0001",
  ].join("~") + "~";
}

/** The facility's NPI (Luhn-valid), which its claims carry. */
const FACILITY_NPI = "1245319599";

test("a remittance below the contracted rate becomes an underpayment of the difference", async () => {
  const manager = client("PC_TOKEN_CONTRACT_MANAGER");

  // A payer id of this run only, so the quote by EDI payer id finds this payor and no other.
  const ediPayerId = `SR${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const payor = await manager.POST("/api/v1/payors", {
    body: {
      name: `Summit Ridge Health ${randomUUID()}`,
      type: "COMMERCIAL",
      ediPayerIds: [{ payerId: ediPayerId, clearinghouse: "Clearpath Exchange" }],
    },
  });
  assert.equal(payor.response.status, 201, JSON.stringify(payor.error));
  // Fields an answer always carries are required in the document: non-optional here, so no `!` on them.
  const payorId: string = payor.data!.id;

  const created = await manager.POST("/api/v1/contracts", {
    body: {
      payorId, name: "Summit Ridge pain management 2026", effectiveDate: "2026-01-01", expirationDate: "2027-12-31",
      provider: { name: "Riverbend Spine Surgery Center", facilityNpi: FACILITY_NPI, billingClass: "FACILITY" },
    },
  });
  assert.equal(created.response.status, 201, JSON.stringify(created.error));
  const contractId: string = created.data!.id;
  const location = created.response.headers.get("Location");
  assert.ok(location?.endsWith(`/api/v1/contracts/${contractId}`), `Location ${location}`);

  // Writes to a contract name the version they change when the API asks for it (If-Match).
  const currentTag = async (): Promise<Record<string, string>> => {
    const read = await manager.GET("/api/v1/contracts/{id}", { params: { path: { id: contractId } } });
    assert.equal(read.response.status, 200, JSON.stringify(read.error));
    const tag = read.response.headers.get("ETag");
    return tag ? { "If-Match": tag } : {};
  };

  const csv = [
    "code,modifier,billing_class,place_of_service,method,amount,percent,bundled_codes,mpr_eligible",
    "62323,,,,FIXED,612.40,,,",
    "64483,,,,FIXED,698.00,,,",
    "",
  ].join("\n");
  const imported = await manager.PUT("/api/v1/contracts/{id}/fee-schedule", {
    params: { path: { id: contractId } },
    body: csv,
    bodySerializer: sendAsIs,
    headers: { "Content-Type": "text/csv", ...(await currentTag()) },
  });
  assert.equal(imported.response.status, 200, JSON.stringify(imported.error));
  assert.equal(imported.data!.lines, 2);

  for (const [status, reason] of [["NEGOTIATING", "terms sent"], ["ACTIVE", "signed by both parties"]] as const) {
    const moved = await manager.POST("/api/v1/contracts/{id}/status", {
      params: { path: { id: contractId } },
      body: { status, reason },
      headers: await currentTag(),
    });
    assert.equal(moved.response.status, 200, JSON.stringify(moved.error));
    assert.equal(moved.data!.status, status);
  }

  const quote = await manager.POST("/api/v1/contracts/{id}/quote", {
    params: { path: { id: contractId } },
    body: { dateOfService: "2026-03-02", lines: [{ code: "64483", units: 1, billedCharge: 2400.0 }] },
  });
  assert.equal(quote.response.status, 200, JSON.stringify(quote.error));
  assert.equal(cents(quote.data!.totalExpected), "698.00");
  assert.equal(quote.data!.lines[0]?.matchedLine, "64483");

  // A billing system knows the payer's EDI id and the provider's NPI, never our ids: the quote finds the
  // contract in force by them (once contract-service has heard of the payor's EDI id from payor-service)
  // and says which one it used.
  const billing = client("PC_TOKEN_BILLING_INTEGRATION");
  const byParties = await eventually("the quote by EDI payer id + NPI finds the contract", async () => {
    const quoted = await billing.POST("/api/v1/quotes", {
      body: {
        ediPayerId, provider: { npi: FACILITY_NPI }, billingClass: "FACILITY", dateOfService: "2026-03-02",
        lines: [{ code: "64483", units: 1, billedCharge: 2400.0 }],
      },
    });
    return quoted.response.status === 200 ? quoted.data : undefined;
  });
  assert.equal(byParties.contractId, contractId);
  assert.equal(byParties.payorId, payorId);
  assert.equal(cents(byParties.totalExpected), "698.00");
  assert.equal(byParties.lines?.[0]?.matchedLine, "64483");

  // Analytics learns of the contract from contract-service's events.
  await eventually("the contract reaches analytics as ACTIVE", async () => {
    const projected = await manager.GET("/api/v1/analytics/contracts/{id}", { params: { path: { id: contractId } } });
    return projected.data?.status === "ACTIVE" ? projected.data : undefined;
  });

  const claimId = `PCN-${randomUUID()}`;
  const claim = await billing.POST("/api/v1/analytics/claims", {
    body: {
      claimId, payorId, providerNpi: FACILITY_NPI, patientId: "MRN-4471", submissionDate: "2026-03-03",
      lines: [{ code: "64483", units: 1, dateOfService: "2026-03-02", billedCharge: 2400.0 }],
    },
  });
  assert.equal(claim.response.status, 201, JSON.stringify(claim.error));
  assert.equal(claim.data && "contractId" in claim.data ? claim.data.contractId : undefined, contractId);

  const remitted = await billing.POST("/api/v1/analytics/remittances", {
    params: { query: { payorId } },
    body: remittance835(claimId, `EFT-${randomUUID()}`),
    bodySerializer: sendAsIs,
    headers: { "Content-Type": "application/edi-x12" },
  });
  assert.ok([200, 201].includes(remitted.response.status), `835 upload answered ${remitted.response.status}: ${JSON.stringify(remitted.error)}`);

  const analyst = client("PC_TOKEN_ANALYST");
  const underpayment = await eventually("the underpayment is in the worklist", async () => {
    const page = await analyst.GET("/api/v1/analytics/underpayments", { params: { query: { contractId, payorId } } });
    return page.data?.totalItems === 1 ? page.data.items[0] : undefined;
  });
  assert.equal(underpayment.claimRef, claimId);
  assert.equal(underpayment.code, "64483");
  assert.equal(underpayment.dateOfService, "2026-03-02");
  assert.equal(cents(underpayment.expected), "698.00");
  assert.equal(cents(underpayment.paid), "668.00");
  assert.equal(cents(underpayment.variance), "-30.00");
});

test("an error answer is a typed problem naming the field", async () => {
  const manager = client("PC_TOKEN_CONTRACT_MANAGER");
  const refused = await manager.POST("/api/v1/payors", { body: { name: "", type: "COMMERCIAL" } });
  assert.equal(refused.response.status, 400);
  assert.equal(refused.response.headers.get("Content-Type")?.split(";")[0], "application/problem+json");
  assert.ok(refused.error, "an error body");
  const problem = refused.error;
  const fields = problem && "errors" in problem ? problem.errors?.map((e) => e.field) ?? [] : [];
  assert.ok(fields.some((field) => field.endsWith("name")), `errors name the field: ${JSON.stringify(refused.error)}`);
});

test("the caller learns its roles and what they allow, to hide what it may not do", async () => {
  const billing = client("PC_TOKEN_BILLING_INTEGRATION");
  const me = await billing.GET("/api/v1/me");
  assert.equal(me.response.status, 200, JSON.stringify(me.error));
  assert.deepEqual(me.data!.roles, ["billing-integration"]);
  const allowed = new Set(me.data!.operations.map((operation) => operation.operationId));
  assert.ok(allowed.has("postClaim"), "a billing system posts claims");
  assert.ok(allowed.has("quoteClaim"), "and quotes them");
  assert.ok(!allowed.has("createContract"), "but never creates contracts");
});
