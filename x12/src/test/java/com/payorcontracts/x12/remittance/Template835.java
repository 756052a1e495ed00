package com.payorcontracts.x12.remittance;

/**
 * A small, balanced 835 transaction without envelope, to be broken one way per test.
 *
 * <p>Segment positions: 1 ST, 2 BPR, 3 TRN, 4 DTM, 5 N1*PR, 6 N1*PE, 7 LX, 8 CLP, 9 CAS (claim),
 * 10 NM1*QC, 11 SVC, 12 DTM, 13 CAS (line), 14 SE. Balance: line 150 − 30 = 120; claim
 * 150 − (20 + 30) = 100; lines 120 − 20 = 100; transaction 100 − 0 = 100.
 */
final class Template835 {

    static final String BALANCED = String.join("~\n",
            "ST*835*0001",
            "BPR*I*100*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*20240105",
            "TRN*1*EFT123*1512345678",
            "DTM*405*20240103",
            "N1*PR*ACME HEALTH PLAN",
            "N1*PE*MAIN STREET CLINIC*XX*1234567893",
            "LX*1",
            "CLP*C1*1*150*100*20*12*PAYER1",
            "CAS*PR*1*20",
            "NM1*QC*1*DOE*JANE****MI*M123",
            "SVC*HC:99213:25*150*120**1",
            "DTM*472*20240101",
            "CAS*CO*45*30",
            "SE*14*0001") + "~\n";

    static final String ISA = "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
            + "*240105*1200*^*00501*000000001*0*P*:~";

    private Template835() {
    }

    /** The template with the first occurrence of {@code from} replaced; fails loudly when it is not there. */
    static String with(String from, String to) {
        if (!BALANCED.contains(from)) {
            throw new IllegalArgumentException("template has no '" + from + "'");
        }
        return BALANCED.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** The template inside ISA/GS envelopes. */
    static String enveloped(String transaction) {
        return ISA + "\nGS*HP*SENDER*RECEIVER*20240105*1200*1*X*005010X221A1~\n" + transaction
                + "GE*1*1~\nIEA*1*000000001~\n";
    }
}
