package com.payorcontracts.analytics.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    // The test vector published with the Standard Webhooks reference libraries
    // (github.com/standard-webhooks/standard-webhooks, libraries/*/test: "test_sign_function").
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTheSpecsTestVectorToItsPublishedSignature() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifiesTheVectorAndRefusesAnyChangeOfIdTimestampOrBody() {
        String header = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(SECRET, header, ID, TIMESTAMP, BODY)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, header, ID + "x", TIMESTAMP, BODY)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, ID, TIMESTAMP + 1, BODY)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, ID, TIMESTAMP, "{\"test\":2432232314}".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        // The spec's own example of a wrong signature (last character changed).
        assertThat(WebhookSignature.verify(SECRET, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OA=", ID, TIMESTAMP, BODY)).isFalse();
    }

    @Test
    void duringARotationSignsWithBothSecretsSoEitherVerifies() {
        String next = WebhookSignature.newSecret(new SecureRandom());
        String header = WebhookSignature.header(List.of(next, SECRET), ID, TIMESTAMP, BODY);

        assertThat(header.split(" ")).hasSize(2);
        assertThat(header.split(" ")[1]).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSignature.verify(SECRET, header, ID, TIMESTAMP, BODY)).isTrue();
        assertThat(WebhookSignature.verify(next, header, ID, TIMESTAMP, BODY)).isTrue();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(new SecureRandom()), header, ID, TIMESTAMP, BODY)).isFalse();
    }

    @Test
    void makesSecretsOfThirtyTwoRandomBytesPrefixedWhsec() {
        String secret = WebhookSignature.newSecret(new SecureRandom());
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret(new SecureRandom())).isNotEqualTo(secret);
    }
}
