package com.payorcontracts.transparency;

/** What tells a v1 in-network-rates file from a v2 one, in words an importer can show. */
final class VersionOne {

    static final String DIFFERENCES = "v2 moved each plan to the top level (plan_name, plan_id, plan_id_type, "
            + "plan_market_type instead of a reporting_plans array), requires negotiated_rates to name "
            + "provider_references (no provider_groups inline) and requires a setting on every negotiated price";

    static final String REPORTING_PLANS = "reporting_plans is schema 1.x and not supported: " + DIFFERENCES
            + "; ask the payor for its current (2.x) file";

    static final String INLINE_GROUPS = "provider_groups inside negotiated_rates is schema 1.x and not supported: "
            + DIFFERENCES + "; ask the payor for its current (2.x) file";

    private VersionOne() {
    }

    static String refusal(String version) {
        return "version " + version + " is not supported: this reader reads in-network-rates schema 2.x; "
                + DIFFERENCES + "; ask the payor for its current (2.x) file";
    }
}
