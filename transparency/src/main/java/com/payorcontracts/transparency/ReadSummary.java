package com.payorcontracts.transparency;

import java.util.Map;

/**
 * What reading an in-network-rates file found, for the import's record.
 *
 * @param header the file's top-level facts
 * @param itemsRead {@code in_network} items in the file
 * @param itemsKept items with a CPT or HCPCS code in the code set
 * @param itemsOutsideCodeSet CPT/HCPCS items whose code is not in the code set
 * @param skippedByCodeType items of other code types (RC, ICD, MS-DRG, ...), counted per type
 * @param ratesEmitted negotiated prices handed to the caller
 * @param pricesOutsideScope prices of kept items whose providers are all outside the market scope
 * @param unresolvedReferences uses of a provider reference id the file never defines (or defines only by remote location)
 * @param remoteReferences provider references given as a URL ({@code location}) rather than inline groups: not fetched
 * @param referencesAfterRates whether provider references came after rates that use them (those rates were spilled to disk)
 */
public record ReadSummary(
        InNetworkFileHeader header,
        long itemsRead,
        long itemsKept,
        long itemsOutsideCodeSet,
        Map<String, Long> skippedByCodeType,
        long ratesEmitted,
        long pricesOutsideScope,
        long unresolvedReferences,
        long remoteReferences,
        boolean referencesAfterRates) {

    public ReadSummary {
        skippedByCodeType = Map.copyOf(skippedByCodeType);
    }
}
