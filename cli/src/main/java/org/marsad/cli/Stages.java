package org.marsad.cli;

import io.micrometer.core.instrument.Metrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.marsad.broker.ClusterConfig;
import org.marsad.broker.MarsadTopics;
import org.marsad.broker.TopicProvisioner;
import org.marsad.broker.TopicSpec;
import org.marsad.enrich.EnrichApp;
import org.marsad.enrich.EnrichConfig;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestService;
import org.marsad.ingest.kafka.SeenStateTopic;
import org.marsad.sink.SinkApp;
import org.marsad.sink.SinkConfig;
import org.marsad.streams.StreamsStage;

/** Starts Marsad's stages from merged configuration keys; shared by {@code up}, {@code demo} and the stage commands. */
final class Stages {

    private Stages() {
    }

    /**
     * Runs one stage against the configured cluster until Ctrl-C: provisions the topics, starts the stage,
     * closes it on the signal.
     */
    static int runUntilSignal(Map<String, String> keys, Function<Map<String, String>, AutoCloseable> start)
            throws InterruptedException {
        provisionTopics(ClusterConfig.from(keys));
        Shutdown.awaitSignal(start.apply(keys));
        return 0;
    }

    /** Creates missing topics and checks existing ones; fails naming an incompatible topic. */
    static void provisionTopics(ClusterConfig cluster) {
        List<TopicSpec> specs = new ArrayList<>(MarsadTopics.all(cluster));
        specs.add(MarsadTopics.compacted(SeenStateTopic.NAME, cluster));
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(specs);
        }
    }

    static StreamsStage startEnrich(Map<String, String> keys) {
        return startEnrich(keys, Map.of());
    }

    static StreamsStage startEnrich(Map<String, String> keys, Map<String, Object> streamsOverrides) {
        EnrichConfig config = EnrichConfig.from(keys);
        DocumentAnalyzer analyzer = DocumentAnalyzer.load(config.gazetteerDir(), config.tablesDir());
        return EnrichApp.start(config, analyzer, streamsOverrides, Metrics.globalRegistry);
    }

    /** Opens the ingest stage on the cluster the keys name; rejections are reported on stderr. */
    static IngestService openIngest(Map<String, String> keys) {
        ClusterConfig cluster = ClusterConfig.from(keys);
        IngestConfig config = IngestConfig.load(keys, Map.of()).withBootstrapServers(cluster.bootstrapServers());
        return IngestService.open(config, cluster.clientBase(), Clock.systemUTC(),
                rejection -> System.err.println("marsad ingest: rejected " + TerminalText.escape(rejection.toString())));
    }

    /**
     * Starts the push endpoint, and the feeds when a feed list is configured; returns a line saying what
     * runs where.
     */
    static String startSources(IngestService ingest, Map<String, String> keys) {
        int port = ingest.startPushServer();
        IngestConfig config = IngestConfig.load(keys, Map.of());
        String feeds = "no feed list (" + IngestConfig.FEEDS_FILE.name() + ")";
        if (config.feedsFile() != null) {
            ingest.startFeeds(result -> {
                if (result.error() != null) {
                    System.err.println("marsad ingest: feed " + TerminalText.escape(result.feed().location() + ": "
                            + result.error()));
                }
            });
            feeds = "feeds from " + config.feedsFile();
        }
        return "POST http://" + config.httpHost() + ":" + port + "/articles; " + feeds;
    }

    static StreamsStage startSink(Map<String, String> keys) {
        return startSink(keys, Map.of());
    }

    /** Opens the ingest stage and starts its push endpoint and feeds; prints where they listen. */
    static IngestService startIngestService(Map<String, String> keys) {
        IngestService ingest = openIngest(keys);
        System.out.println("marsad ingest-service: " + startSources(ingest, keys));
        System.out.flush();
        return ingest;
    }

    static StreamsStage startSink(Map<String, String> keys, Map<String, Object> streamsOverrides) {
        return SinkApp.start(SinkConfig.from(keys), streamsOverrides, Metrics.globalRegistry);
    }

    /** Keys with the Streams state directories placed under {@code dataDir} unless the user chose them. */
    static Map<String, String> withStateUnder(Map<String, String> keys, Path dataDir) {
        Map<String, String> placed = new HashMap<>(keys);
        placed.putIfAbsent(EnrichConfig.STATE_DIR_CONFIG, dataDir.resolve("enrich-state").toString());
        placed.putIfAbsent(SinkConfig.STATE_DIR_CONFIG, dataDir.resolve("sink-state").toString());
        return placed;
    }
}
