package com.payorcontracts.analytics.domain;

import java.time.LocalDate;

/**
 * Which billed claim line a remittance service line pays. In order: the billed code (SVC06, the
 * code as submitted) on the same date of service, the adjudicated code (SVC01) on the same date,
 * then the billed code on any date, then the adjudicated code on any date; each claim line is paid
 * by at most one service line of a remittance claim ({@code used}).
 */
public final class LinePairing {

    private LinePairing() {
    }

    /**
     * The index of the claim line the service line pays, or -1 when none is left to pair.
     *
     * @param codes        the claim lines' codes, {@code count} of them
     * @param datesOfService the claim lines' dates of service
     * @param used         claim lines already paired in this remittance claim
     * @param billedCode   the remittance line's original (billed) code, SVC06; null when absent
     * @param adjudicatedCode the remittance line's code, SVC01
     * @param serviceDate  the remittance line's date of service; null when absent
     */
    public static int pair(String[] codes, LocalDate[] datesOfService, boolean[] used, int count, String billedCode,
                           String adjudicatedCode, LocalDate serviceDate) {
        for (int pass = 0; pass < 4; pass++) {
            String wanted = pass % 2 == 0 ? billedCode : adjudicatedCode;
            boolean sameDate = pass < 2;
            if (wanted == null || (sameDate && serviceDate == null)) {
                continue;
            }
            for (int i = 0; i < count; i++) {
                if (!used[i] && codes[i].equals(wanted) && (!sameDate || datesOfService[i].equals(serviceDate))) {
                    return i;
                }
            }
        }
        return -1;
    }
}
