package com.payorcontracts.payor.config;

import io.smallrye.config.ConfigMapping;

/** Kafka topics this service writes. */
@ConfigMapping(prefix = "payorcontracts.topics")
public interface TopicsConfig {

    /** Where every payor change is published, keyed by payor id. */
    String payorChanged();
}
