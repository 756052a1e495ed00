package com.payorcontracts.analytics.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLineMatchTest {

    /** "64483/50@1;62323@2": code, modifiers after '/', day of March 2026 after '@'; lines split by ';'. */
    private static List<ServiceLineMatch.Service> lines(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).map(line -> {
            String[] atDay = line.split("@");
            String[] codeModifiers = atDay[0].split("/");
            return new ServiceLineMatch.Service(codeModifiers[0], codeModifiers.length > 1 ? codeModifiers[1] : null,
                    LocalDate.of(2026, 3, Integer.parseInt(atDay[1])));
        }).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // the same claim again: each line continues itself
        "64483@1;62323@1             | 64483@1;62323@1               | 1,2",
        // a service added in front renumbers the rest
        "64483@1                     | 62323@1;64483@1               | 2",
        // a service dropped: its line ends, the others move up
        "62323@1;64483@1;64484@1     | 62323@1;64484@1               | 1,0,2",
        // reordered
        "62323@1;64483@1             | 64483@1;62323@1               | 2,1",
        // a corrected modifier still continues the service
        "64483/RT@1                  | 64483/LT@1                    | 1",
        // an exact match wins over a modifier-only match, whatever the order
        "64483/RT@1;64483/LT@1       | 64483/LT@1;64483/XS@1         | 2,1",
        // the same code twice: first to first
        "64483@1;64483@1             | 64483@1;64483@1;64483@1       | 1,2",
        // another date of service is another service
        "64483@1                     | 64483@2                       | 0",
        // another code is another service
        "64483@1                     | 64484@1                       | 0",
        // fewer lines of the same code: the later one ends
        "64483@1;64483@1             | 64483@1                       | 1,0",
        // every line gone
        "64483@1;62323@1             | 99213@1                       | 0,0",
    })
    void continuesEachLineAsTheReplacementsLineForTheSameService(String before, String after, String expected) {
        int[] continued = ServiceLineMatch.continuedAs(lines(before), lines(after));
        assertThat(continued).containsExactly(Arrays.stream(expected.split(",")).mapToInt(Integer::parseInt).toArray());
    }

    @ParameterizedTest(name = "{0}: ended {1}")
    @CsvSource(delimiter = '|', value = {
        "1,0,2 | 2",
        "0,0   | 1,2",
        "1,2   | ''",
    })
    void namesTheLinesThatEnded(String continued, String ended) {
        int[] in = Arrays.stream(continued.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        int[] out = ended.isBlank() ? new int[0]
                : Arrays.stream(ended.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
        assertThat(ServiceLineMatch.ended(in)).containsExactly(out);
    }
}
