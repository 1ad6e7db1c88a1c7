package org.marsad.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.marsad.model.Topics;
import org.marsad.streams.StreamsStage;

/**
 * A replay whose Streams application is running. Closing it leaves the group, deletes the group, any
 * internal topics and the local state directory, so a finished (or stopped) replay leaves nothing behind.
 */
public final class RunningReplay implements AutoCloseable {

    private static final Duration GROUP_DELETE_PATIENCE = Duration.ofSeconds(30);

    private final ReplayPlan plan;
    private final StreamsStage stage;
    private final ReplayTopology counter;
    private final String enricherVersion;
    private final Admin admin;
    private final Path stateDir;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();

    RunningReplay(ReplayPlan plan, StreamsStage stage, ReplayTopology counter, String enricherVersion, Admin admin,
            Path stateDir, Clock clock) {
        this.plan = plan;
        this.stage = stage;
        this.counter = counter;
        this.enricherVersion = enricherVersion;
        this.admin = admin;
        this.stateDir = stateDir;
        this.clock = clock;
    }

    public ReplayPlan plan() {
        return plan;
    }

    /**
     * Blocks until the replay group has committed the end offsets taken at start, that is until every
     * replayed record is enriched and its transaction committed.
     *
     * @throws ReplayFailedException when the Streams application dies or stalls for {@code stallTimeout}
     */
    public ReplaySummary awaitCompletion(ProgressListener listener, Duration stallTimeout) {
        ProgressWatch.Probe probe = new ProgressWatch.Probe() {
            private Map<TopicPartition, Long> last = Map.of();

            @Override
            public long done() {
                requireAlive();
                last = committed();
                return plan.done(last);
            }

            @Override
            public boolean complete() {
                return plan.isComplete(last);
            }
        };
        Duration elapsed = new ProgressWatch(clock, stallTimeout).await(ReplayProgress.REPLAY, plan.total(), probe,
                listener);
        return new ReplaySummary(plan.applicationId(), plan.total(), counter.articles(), counter.takedowns(), elapsed,
                enricherVersion);
    }

    private Map<TopicPartition, Long> committed() {
        return new ConsumerGroups(admin).committed(plan.applicationId(), Topics.RAW);
    }

    private void requireAlive() {
        KafkaStreams.State state = stage.state();
        if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_SHUTDOWN) {
            throw new ReplayFailedException("replay application " + plan.applicationId() + " stopped (state "
                    + state + "); see its log for the stream-thread failure");
        }
    }

    /** Idempotent: a shutdown hook and the caller may both close a replay that is interrupted. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            stage.close();
            new ConsumerGroups(admin).delete(plan.applicationId(), GROUP_DELETE_PATIENCE);
            deleteInternalTopics();
        } finally {
            admin.close();
            deleteRecursively(stateDir);
        }
    }

    /** The topology is stateless, so there should be none; a later Marsad version may add some. */
    private void deleteInternalTopics() {
        Set<String> internal = Futures.get("list topics", admin.listTopics().names()).stream()
                .filter(name -> name.startsWith(plan.applicationId() + "-")).collect(Collectors.toSet());
        if (!internal.isEmpty()) {
            Futures.get("delete internal topics " + internal, admin.deleteTopics(internal).all());
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete replay state directory " + dir, e);
        }
    }
}
