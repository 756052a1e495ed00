package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PaymentSpreadTest {

    @ParameterizedTest(name = "paid {0}, PR {1} over {2}: paid {3}, PR {4}")
    @CsvSource(delimiter = '|', value = {
        // 100/300 = 0.3333333333: 100.00 x it = 33.33, 20.00 x it = 6.67; the last line takes the rest
        "100.00 | 20.00 | 100;200     | 33.33;66.67       | 6.67;13.33",
        // three equal charges: 33.33, 33.33 and the cent left over on the last
        "100.00 | 0.00  | 1;1;1       | 33.33;33.33;33.34 | 0.00;0.00;0.00",
        // nothing billed: nothing to weigh by, all on the last line
        "50.00  | 0.00  | 0;0         | 0.00;50.00        | 0.00;0.00",
        // one line takes the whole payment
        "612.40 | 50.00 | 1500        | 612.40            | 50.00",
        // a reversal's negated payment spreads the same way: 1500/3900 = 0.3846153846 x -1230.40 = -473.23
        "-1230.40 | -50.00 | 1500;2400 | -473.23;-757.17   | -19.23;-30.77",
    })
    void spreadsAClaimLevelPaymentByBilledChargeWithTheRestOnTheLastLine(String paid, String pr, String billed,
                                                                         String paidShares, String prShares) {
        BigDecimal[] charges = Arrays.stream(billed.split(";")).map(BigDecimal::new).toArray(BigDecimal[]::new);

        PaymentSpread.Share[] shares = PaymentSpread.byBilledCharge(new BigDecimal(paid), new BigDecimal(pr), charges,
                charges.length);

        assertEquals(paidShares, String.join(";", Arrays.stream(shares).map(s -> s.paid().toPlainString()).toList()));
        assertEquals(prShares, String.join(";",
                Arrays.stream(shares).map(s -> s.patientResponsibility().toPlainString()).toList()));
    }
}
