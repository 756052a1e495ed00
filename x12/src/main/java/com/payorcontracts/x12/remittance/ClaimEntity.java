package com.payorcontracts.x12.remittance;

/**
 * What is left of a claim-level NM1 after dropping personal data.
 *
 * <p>Names are never kept. Identifiers are kept only for organizations and providers (e.g.
 * {@code 82} rendering provider NPI, {@code TT} crossover carrier, {@code PR} corrected priority
 * payer); for patients and insureds ({@code QC}, {@code IL}, {@code 74}, {@code GB}) only the entity
 * code survives, so member ids cannot leak through this type.
 *
 * @param entityCode NM101
 * @param idQualifier NM108, null for people covered by the claim or when absent
 * @param id NM109, null for people covered by the claim or when absent
 */
public record ClaimEntity(String entityCode, String idQualifier, String id) {
}
