package com.payorcontracts.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long the first answer to a POST with an Idempotency-Key is kept for retries. */
@ConfigMapping(prefix = "payorcontracts.idempotency")
public interface IdempotencyConfig {

    /** Keys older than this are forgotten; a retry after that runs again. */
    @WithDefault("P1D")
    Duration retention();
}
