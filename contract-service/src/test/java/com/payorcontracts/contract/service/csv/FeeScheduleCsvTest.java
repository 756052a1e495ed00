package com.payorcontracts.contract.service.csv;

import com.payorcontracts.platform.rest.ProblemDetail.RowError;
import com.payorcontracts.pricing.RateMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeeScheduleCsvTest {

    private static FeeScheduleCsv.Result read(String csv) {
        return FeeScheduleCsv.read(new StringReader(csv));
    }

    @Test
    void readsQuotedFieldsAndColumnsInAnyOrder() {
        FeeScheduleCsv.Result result = read("amount,\"code\",bundled_codes,method\n\"18,500.00\",22630,,FIXED\n");

        assertThat(result.errors()).extracting(RowError::column).containsExactly("amount");

        result = read("amount,\"code\",bundled_codes,method\n18500.00,22630,\"22840|20936\",CASE_RATE\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.lines().get(0).method()).isEqualTo(RateMethod.CASE_RATE);
        assertThat(result.lines().get(0).bundledCodes()).containsExactlyInAnyOrder("22840", "20936");
        assertThat(result.lines().get(0).amount()).isEqualTo(new BigDecimal("18500.00"));
    }

    @ParameterizedTest(name = "{0} -> row {1}, column {2}")
    @CsvSource(delimiter = '|', value = {
            "code,amount\\n6232,1.00\\n                 | 2 | code",
            "code,modifier,amount\\n62323,ZZ,1.00\\n    | 2 | modifier",
            "code,amount\\n62323,-1.00\\n               | 2 | amount",
            "code,amount\\n62323,1.001\\n               | 2 | amount",
            "code,amount\\n62323,ten\\n                 | 2 | amount",
            "code,method,percent\\n62323,PERCENT_OF_CHARGES,1001\\n | 2 | percent",
            "code,method,amount\\n62323,PERCENT_OF_CHARGES,10\\n | 2 | amount",
            "code,mpr_eligible\\n62323,maybe\\n           | 2 | mpr_eligible",
            "code,amount,lesser_of_percent\\n62323,1.00,0\\n | 2 | lesser_of_percent",
            "code,amount,lesser_of_percent\\n62323,1.00,1000.5\\n | 2 | lesser_of_percent",
            "code,amount,lesser_of_percent\\n62323,1.00,most\\n | 2 | lesser_of_percent",
            "code,place_of_service\\n62323,2A\\n         | 2 | place_of_service",
            "code,amount,extra\\n62323,1.00,x\\n        | 1 | extra",
            "amount\\n1.00\\n                              | 1 | code",
            "code,amount\\n62323,1.00,7\\n              | 2 | ''",
            // limits before arithmetic: 1e999999999 used to be a 500, 1e2000000 a second of CPU in setScale
            "code,amount\\n62323,1e999999999\\n         | 2 | amount",
            "code,amount\\n62323,1e2000000\\n           | 2 | amount",
            "code,amount\\n62323,10000000000.00\\n      | 2 | amount",
            "code,method,percent\\n62323,PERCENT_OF_CHARGES,1e-999999999\\n | 2 | percent"})
    void pointsAtTheBadCell(String csv, int row, String column) {
        List<RowError> errors = read(csv.replace("\\n", "\n")).errors();

        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).row()).isEqualTo(row);
        assertThat(errors.get(0).column()).isEqualTo(column);
    }

    @Test
    void refusesAControlCharacterAndShowsOnlyAPrefixOfAHugeValue() {
        assertThat(read("code,amount\n62\u0000323,1.00\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("control character (U+0000)"));
        String huge = "9".repeat(100_000);
        assertThat(read("code,amount\n62323," + huge + "\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).hasSizeLessThan(120));
    }

    @Test
    void reportsARepeatedLineWithTheRowItRepeats() {
        List<RowError> errors = read("code,modifier,amount\n62323,,1.00\n64483,50,2.00\n62323,,3.00\n").errors();

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            // The client reads data rows (line 2 is row 1), as the answer numbers them.
            assertThat(e.reason()).contains("row 1");
        });
    }

    @Test
    void keepsNoLinesWhenAnyRowIsBad() {
        FeeScheduleCsv.Result result = read("code,amount\n62323,1.00\n6232,2.00\n");

        assertThat(result.lines()).isEmpty();
        assertThat(result.errors()).hasSize(1);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(read("").errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("empty"));
    }
}
