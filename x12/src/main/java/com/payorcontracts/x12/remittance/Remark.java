package com.payorcontracts.x12.remittance;

/** An LQ remark on a service line: {@code HE} remittance advice remark code (RARC) or {@code RX} NCPDP reject code. */
public record Remark(String qualifier, String code) {
}
