package com.payorcontracts.pricing;

/**
 * The places of service where a percentage of Medicare uses the facility fee rather than the
 * non-facility one: the single list the engine consults.
 *
 * <p>These are the settings CMS pays at the physician fee schedule's facility rate, because
 * the facility (not the practitioner) bears the practice expense there:
 * 02 telehealth other than home, 19 off-campus outpatient hospital, 21 inpatient hospital,
 * 22 on-campus outpatient hospital, 23 emergency room, 24 ambulatory surgical center,
 * 26 military treatment facility, 31 skilled nursing facility, 34 hospice,
 * 41 ambulance (land), 42 ambulance (air or water), 51 inpatient psychiatric facility,
 * 52 psychiatric facility partial hospitalization, 53 community mental health center,
 * 56 psychiatric residential treatment center, 61 comprehensive inpatient rehabilitation facility.
 */
public final class FacilityPlacesOfService {

    private static final String[] CODES = {
        "02", "19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61"
    };

    // Indexed by the two-digit code so the per-line check is an array read, not a set lookup.
    private static final boolean[] FACILITY = new boolean[100];

    static {
        for (String code : CODES) {
            FACILITY[Integer.parseInt(code)] = true;
        }
    }

    private FacilityPlacesOfService() {
    }

    /** Whether a two-digit place of service is a facility setting; false for null. */
    public static boolean isFacility(String placeOfService) {
        if (placeOfService == null) {
            return false;
        }
        return FACILITY[(placeOfService.charAt(0) - '0') * 10 + (placeOfService.charAt(1) - '0')];
    }
}
