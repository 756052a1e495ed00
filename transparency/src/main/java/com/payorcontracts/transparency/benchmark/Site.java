package com.payorcontracts.transparency.benchmark;

import com.payorcontracts.pricing.FacilityPlacesOfService;

/** Where the service is performed, as Medicare prices it: facility or non-facility. */
public enum Site {
    FACILITY,
    NON_FACILITY;

    /** The site of a two-digit place of service. */
    public static Site of(String placeOfService) {
        return FacilityPlacesOfService.isFacility(placeOfService) ? FACILITY : NON_FACILITY;
    }
}
