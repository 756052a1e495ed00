package com.payorcontracts.payor.rest;

/** The formats the API accepts, as Bean Validation patterns with the messages a client reads. */
final class Formats {

    /** The 50 states, DC, and the territories with their own payors and Medicaid programs. */
    static final String US_STATE = "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
            + "|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|VI|GU|AS|MP";
    static final String US_STATE_MESSAGE = "must be a US state, DC or territory code such as TX or PR";

    /** Five digits; four digits and F, T or U (CPT categories II and III); or a letter and four digits (HCPCS). */
    static final String CODE = "\\d{5}|\\d{4}[FTU]|[A-Z]\\d{4}";
    static final String CODE_MESSAGE = "must be a CPT or HCPCS code (five digits, four digits and F/T/U, or a letter and four digits)";

    static final String MODIFIER = "[A-Z0-9]{2}";
    static final String MODIFIER_MESSAGE = "must be two capital letters or digits";

    // Bean Validation's own @Email accepts "a@b"; an address we would write to has a domain with a dot.
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    static final String EMAIL_MESSAGE = "must be an e-mail address such as pr@example.org";

    // Spelled without (?i): the OpenAPI document carries it as a JSON Schema pattern, which is ECMA-262.
    static final String URL = "[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+";
    static final String URL_MESSAGE = "must be an http or https URL";

    /** A NANP number, optionally +1, separators and an extension. */
    static final String PHONE = "(\\+?1[ .-]?)?\\(?[2-9]\\d{2}\\)?[ .-]?\\d{3}[ .-]?\\d{4}( ?(x|ext\\.?) ?\\d{1,6})?";
    static final String PHONE_MESSAGE = "must be a US phone number such as (555) 201-4400 or +1 555 201 4400 x12";

    /** Payer ids are what clearinghouses list: letters and digits, usually five. */
    static final String EDI_PAYER_ID = "[A-Za-z0-9]{2,15}";
    static final String EDI_PAYER_ID_MESSAGE = "must be 2 to 15 letters or digits";

    private Formats() {
    }
}
