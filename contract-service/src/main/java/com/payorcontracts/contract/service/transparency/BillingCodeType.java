package com.payorcontracts.contract.service.transparency;

/** The TiC {@code billing_code_type} of a fee-schedule code, told by its format. */
enum BillingCodeType {
    /** Five digits (99213), or four digits and F, T or U (3074F, 0042T, 0001U). */
    CPT,
    /** A letter and four digits (G0008, J1885): HCPCS Level II. */
    HCPCS;

    static BillingCodeType of(String code) {
        if (code.length() == 5 && isDigits(code, 1, 4)) {
            char first = code.charAt(0);
            char last = code.charAt(4);
            if (isDigit(first) && (isDigit(last) || last == 'F' || last == 'T' || last == 'U')) {
                return CPT;
            }
            if (first >= 'A' && first <= 'Z' && isDigit(last)) {
                return HCPCS;
            }
        }
        throw new IllegalArgumentException("not a CPT or HCPCS code: '" + code + "'");
    }

    private static boolean isDigits(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
