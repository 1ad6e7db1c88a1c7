package org.marsad.cli;

import io.micrometer.core.instrument.Metrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.marsad.config.ClusterConfig;
import org.marsad.config.IngestKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.EnrichApp;
import org.marsad.enrich.EnrichConfig;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.http.HttpLimits;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestService;
import org.marsad.model.Topics;
import org.marsad.search.SearchSettings;
import org.marsad.search.SearchStage;
import org.marsad.sink.SinkApp;
import org.marsad.sink.SinkConfig;
import org.marsad.streams.StreamsStage;
import org.marsad.topics.MarsadTopics;
import org.marsad.topics.TopicProvisioner;
import org.marsad.topics.TopicSpec;

/**
 * Starts Marsad's stages from their typed settings; shared by {@code up}, {@code demo} and the stage commands.
 * The configuration is parsed once, by the command, before anything here runs.
 */
final class Stages {

    private Stages() {
    }

    /**
     * Runs one stage against the configured cluster until Ctrl-C: provisions the topics, starts the stage,
     * closes it on the signal.
     */
    static int runUntilSignal(MarsadConfig config, Function<MarsadConfig, AutoCloseable> start)
            throws InterruptedException {
        provisionTopics(config.cluster());
        Shutdown.awaitSignal(start.apply(config));
        return 0;
    }

    /** Creates missing topics and checks existing ones; fails naming an incompatible topic. */
    static void provisionTopics(ClusterConfig cluster) {
        List<TopicSpec> specs = new ArrayList<>(MarsadTopics.all(cluster));
        specs.add(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster));
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(specs);
        }
    }

    static StreamsStage startEnrich(MarsadConfig config) {
        return startEnrich(EnrichConfig.from(config), Map.of());
    }

    static StreamsStage startEnrich(EnrichConfig config, Map<String, Object> streamsOverrides) {
        DocumentAnalyzer analyzer = DocumentAnalyzer.load(config.gazetteerDir(), config.tablesDir());
        return EnrichApp.start(config, analyzer, streamsOverrides, Metrics.globalRegistry);
    }

    /** Opens the ingest stage on {@code cluster}; rejections are reported on stderr. */
    static IngestService openIngest(IngestConfig config, ClusterConfig cluster) {
        return IngestService.open(config.withBootstrapServers(cluster.bootstrapServers()), cluster.clientBase(),
                Clock.systemUTC(),
                rejection -> System.err.println("marsad ingest: rejected " + TerminalText.escape(rejection.toString())),
                Metrics.globalRegistry);
    }

    /**
     * Starts the push endpoint, and the feeds when a feed list is configured; returns a line saying what
     * runs where.
     */
    static String startSources(IngestService ingest, IngestConfig config) {
        int port = ingest.startPushServer();
        String feeds = "no feed list (" + IngestKeys.FEEDS_FILE + ")";
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

    static StreamsStage startSink(MarsadConfig config) {
        return startSink(SinkConfig.from(config), Map.of());
    }

    static StreamsStage startSink(SinkConfig config, Map<String, Object> streamsOverrides) {
        return SinkApp.start(config, streamsOverrides, Metrics.globalRegistry);
    }

    /** Opens the ingest stage and starts its push endpoint and feeds; prints where they listen. */
    static IngestService startIngestService(MarsadConfig config) {
        IngestConfig ingestConfig = IngestConfig.from(config);
        IngestService ingest = openIngest(ingestConfig, config.cluster());
        System.out.println("marsad ingest-service: " + startSources(ingest, ingestConfig));
        System.out.flush();
        return ingest;
    }

    /** Starts the search stage: its index under {@code dataDir}, its API on {@code httpHost:httpPort}. */
    static SearchStage startSearch(ClusterConfig cluster, Path dataDir, String httpHost, int httpPort) {
        return SearchStage.start(new SearchSettings(searchIndexDir(dataDir), httpHost, httpPort,
                HttpLimits.defaults(), cluster.clientBase()));
    }

    static Path searchIndexDir(Path dataDir) {
        return dataDir.resolve("search-index");
    }
}
