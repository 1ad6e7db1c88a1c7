package org.marsad.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.marsad.config.ClusterConfig;
import org.marsad.enrich.ArticleEnricher;
import org.marsad.model.Topics;
import org.marsad.streams.StreamsSettings;
import org.marsad.streams.StreamsStage;

/**
 * Re-enriches part of the raw archive while the pipeline keeps running: a separate Kafka Streams
 * application per replay ({@code marsad-replay-<epochMillis>}) runs the enrich topology over an ingest-time
 * window, from offsets committed for it before it starts, up to the raw end offsets taken at start. The live
 * enrich and ingest are never stopped or reset; the running sink's ordering rule turns the replayed records
 * into newer index documents.
 */
public final class ReplayService {

    /** The stage name in dead-letter headers: a replay rejects what enrich rejects, for the same reasons. */
    static final String STAGE = "enrich";
    /** Every replay runs as a Streams application, and so a consumer group, with this prefix and a timestamp. */
    public static final String APPLICATION_PREFIX = "marsad-replay-";

    private final ClusterConfig cluster;
    private final ArticleEnricher enricher;
    private final int threads;
    private final Map<String, Object> streamsOverrides;
    private final Clock clock;

    /**
     * @param threads stream threads of the replay application
     * @param streamsOverrides extra Kafka Streams properties, applied last (tests lower time-outs here)
     */
    public ReplayService(ClusterConfig cluster, ArticleEnricher enricher, int threads,
            Map<String, Object> streamsOverrides, Clock clock) {
        this.cluster = cluster;
        this.enricher = enricher;
        this.threads = threads;
        this.streamsOverrides = Map.copyOf(streamsOverrides);
        this.clock = clock;
    }

    /** Plans the replay, commits its start offsets to its new group and starts its Streams application. */
    public RunningReplay start(ReplayRequest request) {
        Admin admin = Admin.create(cluster.clientBase());
        try {
            ReplayPlan plan = plan(admin, request);
            new ConsumerGroups(admin).commit(plan.applicationId(), plan.start());
            Path stateDir = Files.createTempDirectory(plan.applicationId() + "-state");
            ReplayTopology topology = new ReplayTopology();
            StreamsStage stage = StreamsStage.start(
                    topology.build(enricher, cluster.articleMaxBytes(), request.window()),
                    StreamsSettings.forApplication(plan.applicationId(), STAGE, stateDir.toString(), threads, cluster,
                            streamsOverrides));
            return new RunningReplay(plan, stage, topology, enricher.version(), admin, stateDir, clock);
        } catch (IOException e) {
            admin.close();
            throw new UncheckedIOException("Cannot create a state directory for the replay", e);
        } catch (RuntimeException e) {
            admin.close();
            throw e;
        }
    }

    /**
     * Runs a whole replay: start, wait for its last commit, clean up, then wait for the sink group
     * {@code sinkGroup} to index everything the replay wrote.
     */
    public ReplaySummary replayAndWait(ReplayRequest request, String sinkGroup, ProgressListener listener,
            Duration stallTimeout) {
        ReplaySummary summary;
        try (RunningReplay replay = start(request)) {
            // A replay stopped with SIGTERM or Ctrl-C still leaves and deletes its group.
            Thread cleanUp = new Thread(replay::close, replay.plan().applicationId() + "-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanUp);
            summary = replay.awaitCompletion(listener, stallTimeout);
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
        try (Admin admin = Admin.create(cluster.clientBase())) {
            SinkCatchUp sink = new SinkCatchUp(admin, clock);
            Map<TopicPartition, Long> target = sink.enrichedEnd();
            sink.await(sinkGroup, target, listener, stallTimeout);
        }
        listener.finished(summary);
        return summary;
    }

    private ReplayPlan plan(Admin admin, ReplayRequest request) {
        PartitionOffsets offsets = new PartitionOffsets(admin);
        Map<TopicPartition, Long> end = offsets.end(Topics.RAW);
        Map<TopicPartition, Long> start = offsets.startAt(Topics.RAW, request.from(), end);
        return new ReplayPlan(APPLICATION_PREFIX + clock.millis(), request, start, end);
    }
}
