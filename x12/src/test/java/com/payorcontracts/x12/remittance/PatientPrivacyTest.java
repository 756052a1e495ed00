package com.payorcontracts.x12.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Patient names and member ids must not be reachable from what the reader returns. The samples' names
 * are made up, but the next file will not be.
 */
class PatientPrivacyTest {

    private static final Set<String> PEOPLE = Set.of("QC", "IL", "74", "GB");

    @ParameterizedTest
    @ValueSource(strings = {TestData.BLUE_CROSS_NC, TestData.EMEDNY, TestData.UNITED_HEALTHCARE})
    void keepsNoPatientNameOrMemberIdFromTheSample(String sample) {
        List<String> personal = personalValues(TestData.text(sample));
        String everything = TestData.read(sample).toString();

        assertThat(personal).as("the sample must have patient data for this test to mean anything").isNotEmpty();
        assertThat(personal).allSatisfy(value ->
                assertThat(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(value) + "(?![A-Za-z0-9])")
                        .matcher(everything).find())
                        .as("'%s' from a patient NM1 appears in the result", value)
                        .isFalse());
    }

    /** Names (NM103..NM107) and ids (NM109) of the sample's patient and insured NM1 segments. */
    private static List<String> personalValues(String x12) {
        var values = new ArrayList<String>();
        for (String segment : x12.split("~")) {
            String[] elements = segment.strip().split("\\*", -1);
            if (elements[0].equals("NM1") && PEOPLE.contains(elements[1])) {
                for (int n : new int[] {3, 4, 5, 6, 7, 9}) {
                    // single letters (middle initials) and two-letter fragments would match anything
                    if (n < elements.length && elements[n].strip().length() > 2) {
                        values.add(elements[n].strip());
                    }
                }
            }
        }
        return values;
    }
}
