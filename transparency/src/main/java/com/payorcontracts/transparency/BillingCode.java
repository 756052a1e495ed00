package com.payorcontracts.transparency;

/** A code as a TiC file names it: its type (CPT, HCPCS, ICD, MS-DRG, RC, ...) and the code. */
public record BillingCode(String type, String code) {
}
