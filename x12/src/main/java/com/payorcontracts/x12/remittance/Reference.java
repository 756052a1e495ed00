package com.payorcontracts.x12.remittance;

/** A REF identifier: its qualifier (e.g. {@code TJ} federal tax id, {@code 6R} line item control number) and value. */
public record Reference(String qualifier, String value) {
}
