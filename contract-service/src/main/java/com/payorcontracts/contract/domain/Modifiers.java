package com.payorcontracts.contract.domain;

import java.util.Set;

/**
 * The procedure-code modifiers a fee-schedule line may name. A rate keyed to a modifier no claim
 * will ever carry is a typo that silently never pays, so contract lines are checked against this
 * list (claims are not: payors' remittances may carry anything).
 *
 * <p>Two-character codes only, no descriptors: the CPT modifiers (AMA) and the HCPCS Level II
 * modifiers (CMS) that physician, ASC and hospital outpatient spine and pain contracts use.
 */
public final class Modifiers {

    private static final Set<String> KNOWN = Set.of(
            // CPT
            "22", "23", "24", "25", "26", "27", "32", "33", "47", "50", "51", "52", "53", "54", "55", "56", "57",
            "58", "59", "62", "63", "66", "73", "74", "76", "77", "78", "79", "80", "81", "82", "90", "91", "92",
            "93", "95", "96", "97", "99",
            // HCPCS Level II: anatomic
            "E1", "E2", "E3", "E4", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "FA", "T1", "T2", "T3",
            "T4", "T5", "T6", "T7", "T8", "T9", "TA", "LT", "RT", "LC", "LD", "LM", "RC", "RI",
            // HCPCS Level II: distinct service, professional/technical, assistant, anesthesia
            "XE", "XP", "XS", "XU", "TC", "AS", "AA", "AD", "QK", "QS", "QX", "QY", "QZ", "G8", "G9", "P1", "P2",
            "P3", "P4", "P5", "P6",
            // HCPCS Level II: liability, billing and other common ones
            "GA", "GC", "GE", "GG", "GH", "GJ", "GN", "GO", "GP", "GQ", "GT", "GU", "GV", "GW", "GX", "GY", "GZ",
            "JW", "JZ", "JG", "JA", "JB", "KX", "KO", "KP", "KQ", "PA", "PB", "PC", "PD", "PI", "PN", "PO", "PS",
            "PT", "Q0", "Q1", "Q5", "Q6", "QW", "SA", "SB", "SG", "SL", "TB", "TG", "TH", "TS", "UB", "UA", "UD",
            "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "UC", "UE", "UF", "UG", "UH", "UJ", "UK", "UN",
            "UP", "UQ", "UR", "US", "CR", "CS", "CT", "ET", "FB", "FC", "FS", "FT", "FX", "FY", "HA", "HB", "HC",
            "HD", "HE", "HF", "HG", "HH", "HI", "HJ", "HK", "HL", "HM", "HN", "HO", "HP", "HQ", "HR", "HS", "HT",
            "HU", "HV", "HW", "HX", "HY", "HZ", "NU", "RR", "LL", "KH", "KI", "KJ", "MS", "NR", "BP", "BR", "BU",
            "CG", "DA", "EY", "J1", "J2", "J3", "JC", "JD", "JE", "KD", "KE", "KF", "KG", "KS", "KT", "L1", "M2",
            "ME", "PL", "PM", "RA", "RB", "RD", "RE", "SC", "SH", "SJ", "SK", "SM", "SN", "SQ", "SS", "ST", "SU",
            "SW", "SY", "TD", "TE", "TF", "TJ", "TK", "TL", "TM", "TN", "TP", "TQ", "TR", "TT", "TU", "TV", "TW",
            "V5", "V6", "V7", "VP", "X1", "X2", "X3", "X4", "X5", "ZA", "ZB", "ZC");

    private Modifiers() {
    }

    public static boolean isKnown(String modifier) {
        return KNOWN.contains(modifier);
    }
}
