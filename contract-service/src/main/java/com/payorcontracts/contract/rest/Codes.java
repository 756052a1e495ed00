package com.payorcontracts.contract.rest;

/** Formats of the codes the API accepts, for Bean Validation. */
final class Codes {

    /** Five digits; four digits and F, T or U (CPT categories II and III); or a letter and four digits (HCPCS). */
    static final String PROCEDURE = "\\d{5}|\\d{4}[FTU]|[A-Z]\\d{4}";
    static final String PROCEDURE_MESSAGE =
            "must be a CPT or HCPCS code (five digits, four digits and F/T/U, or a letter and four digits)";
    static final String MODIFIER = "[A-Z0-9]{2}";
    static final String MODIFIER_MESSAGE = "must be two capital letters or digits";
    static final String PLACE_OF_SERVICE = "\\d{2}";
    static final String PLACE_OF_SERVICE_MESSAGE = "must be a two-digit CMS place-of-service code";

    private Codes() {
    }
}
