package com.payorcontracts.payor.domain;

/** An EDI payer id and the clearinghouse that routes claims to the payor under it. */
public record EdiPayerId(String payerId, String clearinghouse) {
}
