package org.marsad.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * A running Kafka Streams stage: started with the bounded thread-replacement policy, closed with
 * leave-group so its partitions move to another instance at once instead of after the session time-out.
 */
public final class StreamsStage implements AutoCloseable {

    static final int MAX_THREAD_FAILURES = 3;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);

    private final KafkaStreams streams;

    private StreamsStage(KafkaStreams streams) {
        this.streams = streams;
    }

    public static StreamsStage start(Topology topology, Properties properties) {
        KafkaStreams streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(
                new BoundedThreadReplacement(MAX_THREAD_FAILURES, FAILURE_WINDOW, Clock.systemUTC()));
        streams.start();
        return new StreamsStage(streams);
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The underlying client, for state listeners and metrics. */
    public KafkaStreams streams() {
        return streams;
    }

    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
