package com.payorcontracts.platform.security;

import com.payorcontracts.platform.security.ResourceGuard.Refusal;
import com.payorcontracts.security.SecurityMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceGuardTest {

    private static final SecurityMatrix MATRIX = SecurityMatrix.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a matched endpoint the access check never saw is refused, whatever the roles would allow
            "false|GET|/api/v1/payors|admin|NO_TOKEN",
            "false|DELETE|/api/v1/payors/7|admin|NO_TOKEN",
            "false|GET|/api/v1/analytics/reports/totals||NO_TOKEN",
            // checked, and the matrix decides again on the decoded path the router matched
            "true|GET|/api/v1/payors|viewer|NONE",
            "true|POST|/api/v1/payors|viewer|FORBIDDEN",
            "true|DELETE|/api/v1/payors/7|contract-manager|NONE",
            "true|GET|/api/v1/contracts/7/floors|viewer|FORBIDDEN",
            "true|GET|/api/v1/contracts/7/floors|contract-manager|NONE",
            "true|GET|/api/v1/analytics/reports/totals|billing-integration|FORBIDDEN",
            "true|GET|/api/v1/payors/café|viewer|NONE",
            "true|GET|/not/in/the/matrix|admin|FORBIDDEN"})
    void refusesEveryMatchedEndpointTheAccessCheckDidNotLetThrough(boolean checked, String method, String path, String roles,
                                                                    Refusal refusal) {
        Set<String> held = roles == null ? Set.of() : Arrays.stream(roles.split(" ")).collect(Collectors.toSet());
        assertThat(ResourceGuard.refusal(MATRIX, checked, method, path, held)).isEqualTo(refusal);
    }
}
