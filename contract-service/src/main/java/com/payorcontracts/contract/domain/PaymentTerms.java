package com.payorcontracts.contract.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** Payment and administrative terms; null means the contract does not say. */
@Embeddable
public class PaymentTerms {

    /** Days the payor has to pay a clean claim before interest accrues. */
    @Column(name = "clean_claim_payment_days")
    public Integer cleanClaimPaymentDays;

    /** Annual late-payment interest, as a percentage (12 = 12% a year). */
    @Column(name = "late_interest_rate_percent", precision = 7, scale = 4)
    public BigDecimal lateInterestRatePercent;

    @Column(name = "timely_filing_days")
    public Integer timelyFilingDays;

    @Column(name = "appeal_window_days")
    public Integer appealWindowDays;

    protected PaymentTerms() {
    }

    public PaymentTerms(Integer cleanClaimPaymentDays, BigDecimal lateInterestRatePercent, Integer timelyFilingDays,
                        Integer appealWindowDays) {
        this.cleanClaimPaymentDays = cleanClaimPaymentDays;
        this.lateInterestRatePercent = lateInterestRatePercent;
        this.timelyFilingDays = timelyFilingDays;
        this.appealWindowDays = appealWindowDays;
    }
}
