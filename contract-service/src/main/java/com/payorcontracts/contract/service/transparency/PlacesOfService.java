package com.payorcontracts.contract.service.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The place-of-service codes the TiC schema accepts in {@code service_code}, and which are inpatient. */
final class PlacesOfService {

    /** The schema's {@code service_code} value for "every place of service". */
    static final String ALL = "CSTM-00";

    // Copied from the schema's service_code pattern: CMS-assigned codes only (no 00, 28-30, 35-40, ...).
    private static final Pattern SCHEMA_PATTERN = Pattern.compile(
            "0[1-9]|1[0-9]|2[0-7]|3[1-4]|4[1-2]|49|5[0-8]|6[0-2]|6[5-6]|7[1-2]|81|99");

    /** Every code the schema accepts, ascending. */
    static final List<String> REPORTABLE = reportable();

    /**
     * Places whose CMS definition is an inpatient stay: inpatient hospital, skilled nursing
     * facility, inpatient psychiatric facility, comprehensive inpatient rehabilitation facility.
     */
    private static final Set<String> INPATIENT = Set.of("21", "31", "51", "61");

    private PlacesOfService() {
    }

    static boolean isReportable(String placeOfService) {
        return SCHEMA_PATTERN.matcher(placeOfService).matches();
    }

    static boolean isInpatient(String placeOfService) {
        return INPATIENT.contains(placeOfService);
    }

    private static List<String> reportable() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String code = (i < 10 ? "0" : "") + i;
            if (isReportable(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}
