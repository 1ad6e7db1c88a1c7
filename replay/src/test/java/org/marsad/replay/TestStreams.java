package org.marsad.replay;

import java.util.Map;

/** Kafka Streams settings that keep broker tests fast: short commits, sessions and transactions. */
final class TestStreams {

    static final Map<String, Object> FAST = Map.of(
            "commit.interval.ms", 100,
            "consumer.session.timeout.ms", 6000,
            "consumer.heartbeat.interval.ms", 1000,
            "producer.transaction.timeout.ms", 10000);

    private TestStreams() {
    }
}
