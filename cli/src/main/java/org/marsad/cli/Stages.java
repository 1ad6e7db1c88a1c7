package org.marsad.cli;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.marsad.config.ClusterConfig;
import org.marsad.config.IngestKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.enrich.EnrichApp;
import org.marsad.enrich.EnrichConfig;
import org.marsad.enrich.text.DocumentAnalyzer;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestService;
import org.marsad.model.Topics;
import org.marsad.ops.BrokerReachability;
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

    /** One long-running stage: started with the process's operations, it returns what closes it. */
    @FunctionalInterface
    interface Starter {
        AutoCloseable start(MarsadConfig config, ProcessOperations operations);
    }

    /**
     * Runs one stage against the configured cluster until Ctrl-C or until it fails: checks the broker answers,
     * provisions the topics, starts the stage, opens the operations port, and closes all of it at the end.
     *
     * @return the exit code: 0 after a signal, 1 after a stage failure
     */
    static int runUntilSignal(String command, MarsadConfig config, Starter starter) {
        ClusterConfig cluster = config.cluster();
        requireBroker(cluster);
        provisionTopics(cluster);
        ProcessOperations operations = ProcessOperations.from(config);
        AutoCloseable stage = null;
        try {
            stage = starter.start(config, operations);
            operations.watchBroker(cluster);
            System.out.println("marsad " + command + ": " + operations.serve());
            System.out.flush();
        } catch (RuntimeException e) {
            closeQuietly(operations, stage);
            throw e;
        }
        AutoCloseable running = stage;
        return Shutdown.awaitSignalOrFailure(command, () -> closeQuietly(operations, running), operations.failure());
    }

    /** The operations port first, so no request reaches a closing stage. */
    private static void closeQuietly(ProcessOperations operations, AutoCloseable stage) {
        operations.close();
        if (stage != null) {
            try {
                stage.close();
            } catch (Exception e) {
                System.err.println("marsad: error while stopping a stage: " + e.getMessage());
            }
        }
    }

    /**
     * Fails naming the address when the cluster does not answer within {@code marsad.cluster.connect.timeout}:
     * the one start-up check of every command that needs the broker.
     */
    static void requireBroker(ClusterConfig cluster) {
        BrokerReachability.require(cluster.clientBase(), cluster.connectTimeout());
    }

    /** Creates missing topics and checks existing ones; fails naming an incompatible topic. */
    static void provisionTopics(ClusterConfig cluster) {
        List<TopicSpec> specs = new ArrayList<>(MarsadTopics.all(cluster));
        specs.add(MarsadTopics.compacted(Topics.INGEST_SEEN, cluster));
        try (Admin admin = Admin.create(cluster.clientBase())) {
            new TopicProvisioner(admin).ensure(specs);
        }
    }

    static StreamsStage startEnrich(MarsadConfig config, ProcessOperations operations) {
        return startEnrich(EnrichConfig.from(config), Map.of(), operations);
    }

    /** Starts enrich with its meters on the process's registry and its state watched by the process. */
    static StreamsStage startEnrich(EnrichConfig config, Map<String, Object> streamsOverrides,
            ProcessOperations operations) {
        DocumentAnalyzer analyzer = DocumentAnalyzer.load(config.gazetteerDir(), config.tablesDir());
        return operations.watch("enrich",
                EnrichApp.start(config, analyzer, streamsOverrides, operations.registry()));
    }

    /** Opens the ingest stage on {@code cluster} with its meters on {@code registry}; rejections are logged. */
    static IngestService openIngest(IngestConfig config, ClusterConfig cluster, MeterRegistry registry) {
        return IngestService.open(config.withBootstrapServers(cluster.bootstrapServers()), cluster.clientBase(),
                Clock.systemUTC(),
                IngestEvents.toLog()::rejected, registry);
    }

    /**
     * Starts the push endpoint, and the feeds when a feed list is configured; returns a line saying what
     * runs where.
     */
    static String startSources(IngestService ingest, IngestConfig config) {
        int port = ingest.startPushServer();
        String feeds = "no feed list (" + IngestKeys.FEEDS_FILE + ")";
        if (config.feedsFile() != null) {
            ingest.startFeeds(IngestEvents.toLog()::polled);
            feeds = "feeds from " + config.feedsFile();
        }
        return "POST http://" + config.httpHost() + ":" + port + "/articles; " + feeds;
    }

    static StreamsStage startSink(MarsadConfig config, ProcessOperations operations) {
        return startSink(SinkConfig.from(config), Map.of(), operations);
    }

    static StreamsStage startSink(SinkConfig config, Map<String, Object> streamsOverrides,
            ProcessOperations operations) {
        return operations.watch("sink", SinkApp.start(config, streamsOverrides, operations.registry()));
    }

    /** Opens the ingest stage and starts its push endpoint and feeds; prints where they listen. */
    static IngestService startIngestService(MarsadConfig config, ProcessOperations operations) {
        IngestConfig ingestConfig = IngestConfig.from(config);
        IngestService ingest = openIngest(ingestConfig, config.cluster(), operations.registry());
        operations.mount(List.of(ingest.feedsRoute()));
        operations.watchIngest(ingest);
        try {
            System.out.println("marsad ingest-service: " + startSources(ingest, ingestConfig));
        } catch (RuntimeException e) {
            ingest.close();
            throw e;
        }
        System.out.flush();
        return ingest;
    }

    /** Starts the search stage with its index in {@code indexDir}; its API goes on the operations port. */
    static SearchStage startSearch(ClusterConfig cluster, Path indexDir, ProcessOperations operations) {
        SearchStage search = SearchStage.start(new SearchSettings(indexDir, cluster.clientBase()));
        operations.mount(search.routes());
        return search;
    }

    /** Where {@code up}, {@code demo} and {@code search --data-dir} keep the search index under a data directory. */
    static Path searchIndexDir(Path dataDir) {
        return dataDir.resolve("search-index");
    }
}
