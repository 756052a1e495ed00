package com.payorcontracts.platform.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTokenCodecTest {

    private static final String QUERY = "payors|name=cascade|sort=name|size=20";
    private final PageTokenCodec codec = new PageTokenCodec("0123456789abcdef-test".getBytes(StandardCharsets.UTF_8));

    @Test
    void tokenCarriesPageAndSortKeyBackUnchanged() {
        // Key values with the separators the payload uses, an empty one and non-ASCII text.
        var token = new PageTokenCodec.PageToken(250, 10_012, List.of("cascade|mutual:3", "", "Ñandú", "7d3c1c0e-0000-4000-8000-000000000001"));
        String encoded = codec.encode(QUERY, token);
        assertThat(encoded).doesNotContain("cascade").matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(codec.decode(QUERY, encoded)).contains(token);
    }

    @Test
    void tokenOfAnotherQueryIsRefused() {
        String encoded = codec.encode(QUERY, new PageTokenCodec.PageToken(1, 3, List.of("a", "b")));
        assertThat(codec.decode("payors|name=cascade|sort=-name|size=20", encoded)).isEmpty();
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() {
        var other = new PageTokenCodec("another-secret-of-16+bytes".getBytes(StandardCharsets.UTF_8));
        String encoded = other.encode(QUERY, new PageTokenCodec.PageToken(1, 3, List.of("a")));
        assertThat(codec.decode(QUERY, encoded)).isEmpty();
    }

    @Test
    void alteredPayloadIsRefused() {
        String encoded = codec.encode(QUERY, new PageTokenCodec.PageToken(1, 3, List.of("a")));
        // The payload "1/3|1:a" with the page changed to 9, the signature kept.
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("9/3|1:a".getBytes(StandardCharsets.UTF_8))
                + encoded.substring(encoded.indexOf('.'));
        assertThat(codec.decode(QUERY, forged)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "a.b.c", "%%%.***", "MXwxOmE.AAAA"})
    void malformedTokensAreRefused(String token) {
        assertThat(codec.decode(QUERY, token)).isEmpty();
    }

    @Test
    void shortSecretIsRefused() {
        assertThatThrownBy(() -> new PageTokenCodec("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
