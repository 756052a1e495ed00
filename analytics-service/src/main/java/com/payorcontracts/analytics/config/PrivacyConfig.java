package com.payorcontracts.analytics.config;

import io.smallrye.config.ConfigMapping;

/** Keys that keep patients unidentifiable in analytics' database. */
@ConfigMapping(prefix = "payorcontracts.privacy")
public interface PrivacyConfig {

    /**
     * Secret of the HMAC-SHA256 that turns a patient identifier into the pseudonymous key stored with
     * a claim. The default is for development only; production sets it from a Secret. Changing it
     * breaks the link between claims stored before and after.
     */
    String pseudonymKey();
}
