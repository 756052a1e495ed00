package com.payorcontracts.contract.config;

import io.smallrye.config.ConfigMapping;

/** Kafka topics this service writes. */
@ConfigMapping(prefix = "payorcontracts.topics")
public interface TopicsConfig {

    /** Where every contract change is published, keyed by contract id. */
    String contractChanged();

    /** Where every reference fee schedule import is published, keyed by schedule id. */
    String referenceScheduleChanged();

    /** Where every negotiation change is published (never a floor), keyed by negotiation id. */
    String negotiationChanged();
}
