package com.payorcontracts.transparency;

import java.nio.file.Path;
import java.util.Set;

/**
 * What to keep while streaming an in-network-rates file.
 *
 * @param codes the CPT/HCPCS codes to keep; empty keeps every CPT and HCPCS code
 * @param scope the providers to keep
 * @param spillDirectory where rates that precede their provider references wait; null = the JVM's temp directory
 */
public record ReadOptions(Set<String> codes, MarketScope scope, Path spillDirectory) {

    public ReadOptions {
        codes = Set.copyOf(codes);
    }

    /** Every CPT and HCPCS code, every provider. */
    public static ReadOptions everything() {
        return new ReadOptions(Set.of(), MarketScope.ALL, null);
    }

    /** These codes, every provider. */
    public static ReadOptions codes(Set<String> codes) {
        return new ReadOptions(codes, MarketScope.ALL, null);
    }

    boolean wants(String code) {
        return codes.isEmpty() || codes.contains(code);
    }
}
