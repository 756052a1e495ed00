package com.payorcontracts.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The key page tokens are signed with. */
@ConfigMapping(prefix = "payorcontracts.page-token")
public interface PageTokenConfig {

    /** HMAC key, at least 16 bytes; every replica of a service must share it (Kubernetes sets PAYORCONTRACTS_PAGE_TOKEN_SECRET from a Secret; docs/operations.md). */
    @WithDefault("payorcontracts-development-page-token-key")
    String secret();
}
