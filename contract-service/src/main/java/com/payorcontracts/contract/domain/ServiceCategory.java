package com.payorcontracts.contract.domain;

/** What kind of service a catalog code is, for grouping coverage and negotiation views. */
public enum ServiceCategory {
    EVALUATION, INJECTIONS, DECOMPRESSION, FUSION, IMPLANTS, IMAGING, OTHER
}
