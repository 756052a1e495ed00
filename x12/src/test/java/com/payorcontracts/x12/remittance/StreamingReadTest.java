package com.payorcontracts.x12.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** Files of many megabytes and many transactions are read one segment and one transaction at a time. */
class StreamingReadTest {

    @Test
    void readsAFileOfManyMegabytesFromAReaderThatNeverHoldsIt() throws IOException {
        int claims = 60_000;
        var advices = new ArrayList<RemittanceAdvice>();

        Remittance835Reader.forEach(new GeneratedRemittance(claims), advices::add);

        assertThat(advices).singleElement().satisfies(advice -> {
            assertThat(advice.claims()).hasSize(claims);
            assertThat(advice.payment().totalActualPayment()).isEqualTo(new BigDecimal("7200000.00"));
            assertThat(BalanceCheck.check(advice)).isEmpty();
        });
    }

    @Test
    void handsOverEachTransactionOfAFileWithItsEnvelope() throws IOException {
        String transactions = Template835.BALANCED + Template835.BALANCED.replace("0001", "0002");
        String file = Template835.enveloped(transactions).replace("GE*1*1", "GE*2*1");
        var controlNumbers = new ArrayList<String>();

        Remittance835Reader.forEach(new StringReader(file), advice -> controlNumbers.add(
                advice.envelope().interchangeControlNumber() + "/" + advice.envelope().groupControlNumber() + "/"
                        + advice.envelope().transactionControlNumber()));

        assertThat(controlNumbers).containsExactly("000000001/1/0001", "000000001/1/0002");
    }

    /** An 835 with {@code claims} claims of 150.00 charged, 120.00 paid, produced as it is read. */
    private static final class GeneratedRemittance extends Reader {

        private final int claims;
        private int claim;
        private String chunk;
        private int offset;

        GeneratedRemittance(int claims) {
            this.claims = claims;
            BigDecimal total = new BigDecimal("120.00").multiply(BigDecimal.valueOf(claims));
            this.chunk = "ST*835*0001~\r\nBPR*I*" + total.toPlainString() + "*C*ACH*CCP***********20240105~\r\n"
                    + "TRN*1*EFT1*1512345678~\r\nN1*PR*ACME HEALTH PLAN~\r\nN1*PE*CLINIC*XX*1234567893~\r\nLX*1~\r\n";
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (offset == chunk.length()) {
                if (claim > claims) {
                    return -1;
                }
                claim++;
                chunk = claim <= claims
                        ? "CLP*C" + claim + "*1*150.00*120.00**12*P" + claim + "~\r\nSVC*HC:99213*150.00*120.00**1~\r\n"
                                + "DTM*472*20240101~\r\nCAS*CO*45*30.00~\r\n"
                        : "SE*" + (4 * claims + 7) + "*0001~\r\n";
                offset = 0;
            }
            int n = Math.min(len, chunk.length() - offset);
            chunk.getChars(offset, offset + n, buffer, off);
            offset += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
