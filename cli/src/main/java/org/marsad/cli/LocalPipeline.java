package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.ConfigArea;
import org.marsad.config.EnrichKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.config.SearchKeys;
import org.marsad.config.SinkKeys;
import org.marsad.enrich.EnrichConfig;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestService;
import org.marsad.search.SearchStage;
import org.marsad.sink.SinkConfig;
import org.marsad.streams.StreamsStage;

/**
 * The whole pipeline in one process: an embedded broker (unless a cluster was named), the topics, the
 * enrich, sink and search stages and the ingest stage (its sources start on demand). Closing stops the
 * operations port, then the stages in reverse order, so ingest flushes before the stages stop and the stages
 * stop before the broker.
 */
final class LocalPipeline implements AutoCloseable {

    private final KafkaBroker broker;
    private final ClusterConfig cluster;
    private final IngestConfig ingestConfig;
    private final List<AutoCloseable> stages;
    private final ProcessOperations operations;
    private final IngestService ingest;
    private final StreamsStage enrich;
    private final SearchStage search;

    private LocalPipeline(KafkaBroker broker, ClusterConfig cluster, IngestConfig ingestConfig,
            List<AutoCloseable> stages, ProcessOperations operations, IngestService ingest, StreamsStage enrich,
            SearchStage search) {
        this.broker = broker;
        this.cluster = cluster;
        this.ingestConfig = ingestConfig;
        this.stages = stages;
        this.operations = operations;
        this.ingest = ingest;
        this.enrich = enrich;
        this.search = search;
    }

    /**
     * Starts everything; the stages' meters, health and the search API go to one {@link ProcessOperations},
     * whose port {@link #serveOperations()} opens.
     *
     * @param config the configuration the command parsed
     * @param embedded start an in-process broker on {@code port} storing data in {@code dataDir}
     * @param streamsOverrides extra Kafka Streams properties for both stages
     */
    static LocalPipeline start(MarsadConfig config, Path dataDir, boolean embedded, int port,
            Map<String, Object> streamsOverrides) {
        KafkaBroker broker = embedded ? EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), port) : null;
        ClusterConfig cluster = broker == null ? config.cluster()
                : config.cluster().withBootstrapServers(broker.bootstrapServers());
        IngestConfig ingestConfig = IngestConfig.from(config).withBootstrapServers(cluster.bootstrapServers());
        ProcessOperations operations = ProcessOperations.from(config);
        List<AutoCloseable> stages = new ArrayList<>();
        try {
            if (!embedded) {
                Stages.requireBroker(cluster);
            }
            Stages.provisionTopics(cluster);
            StreamsStage enrich = Stages.startEnrich(enrichConfig(config, cluster, dataDir), streamsOverrides,
                    operations);
            stages.add(enrich);
            stages.add(Stages.startSink(sinkConfig(config, cluster, dataDir), streamsOverrides, operations));
            SearchStage search = Stages.startSearch(cluster, searchIndexDir(config, dataDir), operations);
            stages.add(search);
            IngestService ingest = Stages.openIngest(ingestConfig, cluster, operations.registry());
            stages.add(ingest);
            operations.mount(List.of(ingest.feedsRoute()));
            operations.watchIngest(ingest);
            operations.watchBroker(cluster);
            return new LocalPipeline(broker, cluster, ingestConfig, stages, operations, ingest, enrich, search);
        } catch (RuntimeException e) {
            new LocalPipeline(broker, cluster, ingestConfig, stages, operations, null, null, null).close();
            throw e;
        }
    }

    private static Path searchIndexDir(MarsadConfig config, Path dataDir) {
        return config.isSet(SearchKeys.INDEX_DIR)
                ? Path.of(config.area(ConfigArea.SEARCH).getString(SearchKeys.INDEX_DIR))
                : Stages.searchIndexDir(dataDir);
    }

    /** The enrich settings on {@code cluster}, its state under {@code dataDir} unless the user chose a directory. */
    private static EnrichConfig enrichConfig(MarsadConfig config, ClusterConfig cluster, Path dataDir) {
        EnrichConfig enrich = EnrichConfig.from(config).withCluster(cluster);
        return config.isSet(EnrichKeys.STATE_DIR) ? enrich
                : enrich.withStateDir(dataDir.resolve("enrich-state").toString());
    }

    private static SinkConfig sinkConfig(MarsadConfig config, ClusterConfig cluster, Path dataDir) {
        SinkConfig sink = SinkConfig.from(config).withCluster(cluster);
        return config.isSet(SinkKeys.STATE_DIR) ? sink : sink.withStateDir(dataDir.resolve("sink-state").toString());
    }

    /** The ingest stage, open on this pipeline's cluster; its sources start on demand. */
    IngestService ingest() {
        return ingest;
    }

    /** The ingest settings, with the bootstrap servers of the broker in use. */
    IngestConfig ingestConfig() {
        return ingestConfig;
    }

    /** The enrich stage (the first stage started). */
    StreamsStage enrich() {
        return enrich;
    }

    /** The search stage: its index; its API is on the operations port. */
    SearchStage search() {
        return search;
    }

    /** The process's meters, health and failure signal. */
    ProcessOperations operations() {
        return operations;
    }

    /** Opens the operations port ({@code marsad.http.*}); returns a line saying where it listens. */
    String serveOperations() {
        return operations.serve();
    }

    ClusterConfig cluster() {
        return cluster;
    }

    @Override
    public void close() {
        operations.close();
        for (int i = stages.size() - 1; i >= 0; i--) {
            try {
                stages.get(i).close();
            } catch (Exception e) {
                System.err.println("marsad: error while stopping a stage: " + e.getMessage());
            }
        }
        if (broker != null) {
            broker.close();
        }
    }
}
