package org.marsad.streams;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * A running Kafka Streams stage: started with the bounded thread-replacement policy, closed with
 * leave-group so its partitions move to another instance at once instead of after the session time-out.
 * A client that reaches {@code ERROR}, or stops without {@link #close()} being called, completes
 * {@link #failure()}: the process must then exit non-zero so that its supervisor restarts it, instead of
 * looking alive while doing nothing.
 */
public final class StreamsStage implements AutoCloseable {

    static final int MAX_THREAD_FAILURES = 3;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(10);
    /** Longest a close waits for the stream threads; a container's stop grace period must be longer (#19). */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final CompletableFuture<String> failure = new CompletableFuture<>();
    private volatile boolean closing;

    private StreamsStage(KafkaStreams streams) {
        this.streams = streams;
    }

    public static StreamsStage start(Topology topology, Properties properties) {
        KafkaStreams streams = new KafkaStreams(topology, properties);
        StreamsStage stage = new StreamsStage(streams);
        // The listener must be set before start(); it is the only way to learn of ERROR without polling.
        streams.setStateListener((now, before) -> stage.stateChanged(now));
        streams.setUncaughtExceptionHandler(
                new BoundedThreadReplacement(MAX_THREAD_FAILURES, FAILURE_WINDOW, Clock.systemUTC()));
        streams.start();
        return stage;
    }

    /**
     * Completes with the reason when the client fails ({@code ERROR}) or stops unasked; never completes for a
     * stage closed with {@link #close()}.
     */
    public CompletableFuture<String> failure() {
        return failure;
    }

    private void stateChanged(KafkaStreams.State now) {
        if (now == KafkaStreams.State.ERROR) {
            failure.complete("Kafka Streams reached state ERROR (its stream threads failed; the log above says why)");
        } else if (!closing && (now == KafkaStreams.State.PENDING_SHUTDOWN || now == KafkaStreams.State.NOT_RUNNING)) {
            failure.complete("Kafka Streams stopped without being asked (state " + now + ")");
        }
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
        closing = true;
        streams.close(CloseOptions.groupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT));
    }
}
