package com.payorcontracts.analytics.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which claims a repricing covers: all, some by id, those of a contract, those a CSV job brought
 * in, or those a remittance paid.
 */
public record RepriceScope(Kind kind, UUID id, List<UUID> claimIds) {

    /** What the scope selects by. */
    public enum Kind { ALL, CLAIMS, CONTRACT, CLAIM_JOB, REMITTANCE }

    public static RepriceScope all() {
        return new RepriceScope(Kind.ALL, null, null);
    }

    public static RepriceScope claims(Collection<UUID> ids) {
        return new RepriceScope(Kind.CLAIMS, null, List.copyOf(ids));
    }

    public static RepriceScope contract(UUID contractId) {
        return new RepriceScope(Kind.CONTRACT, contractId, null);
    }

    public static RepriceScope claimJob(UUID jobId) {
        return new RepriceScope(Kind.CLAIM_JOB, jobId, null);
    }

    public static RepriceScope remittance(UUID remittanceId) {
        return new RepriceScope(Kind.REMITTANCE, remittanceId, null);
    }

    /** The scope a REPRICE job's params name: {@code scope} (ALL when absent) and {@code id}; see {@link #params}. */
    public static RepriceScope fromParams(Map<String, Object> params) {
        Kind kind = Kind.valueOf(String.valueOf(params.getOrDefault("scope", "ALL")));
        UUID id = params.get("id") == null ? null : UUID.fromString(params.get("id").toString());
        return new RepriceScope(kind, id, null);
    }

    /** The scope as a REPRICE job's params ({@code scope}, {@code id}); {@link #fromParams} reads them back. */
    public Map<String, Object> params() {
        if (kind == Kind.CLAIMS) {
            throw new IllegalStateException("a scope of listed claims is not queued as a job");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", kind.name());
        if (id != null) {
            params.put("id", id.toString());
        }
        return params;
    }

    public boolean isAll() {
        return kind == Kind.ALL;
    }

    public boolean isEmpty() {
        return kind == Kind.CLAIMS && claimIds.isEmpty();
    }

    /** A SQL condition on a claim id column. Only UUIDs are inlined (COPY takes no parameters). */
    String condition(String claimIdColumn) {
        return switch (kind) {
            case ALL -> "true";
            case CLAIMS -> claimIdColumn + " = ANY('{"
                    + claimIds.stream().map(UUID::toString).collect(Collectors.joining(",")) + "}'::uuid[])";
            case CONTRACT -> claimIdColumn + " IN (SELECT id FROM claim WHERE contract_id = '" + id + "'::uuid)";
            case CLAIM_JOB -> claimIdColumn + " IN (SELECT id FROM claim WHERE job_id = '" + id + "'::uuid)";
            case REMITTANCE -> claimIdColumn + " IN (SELECT claim_id FROM remit_claim WHERE remittance_id = '" + id
                    + "'::uuid AND claim_id IS NOT NULL)";
        };
    }
}
