package org.marsad.ops;

import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A Streams client is ready while {@code RUNNING} or {@code REBALANCING}; {@code CREATED} and the shutdown and
 * error states are not. While the broker is away the client stays {@code RUNNING} or {@code REBALANCING}, so a
 * lost broker shows in the broker check, not here.
 */
public final class StreamsReadiness implements HealthCheck {

    private final Supplier<KafkaStreams.State> state;

    public StreamsReadiness(Supplier<KafkaStreams.State> state) {
        this.state = state;
    }

    @Override
    public HealthStatus check() {
        KafkaStreams.State now = state.get();
        return switch (now) {
            case RUNNING, REBALANCING -> HealthStatus.up(now.name());
            default -> HealthStatus.down("Kafka Streams is " + now);
        };
    }
}
