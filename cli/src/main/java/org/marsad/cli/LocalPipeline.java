package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.broker.KafkaBroker;
import org.marsad.config.ClusterConfig;
import org.marsad.config.EnrichKeys;
import org.marsad.config.MarsadConfig;
import org.marsad.config.SinkKeys;
import org.marsad.enrich.EnrichConfig;
import org.marsad.ingest.IngestConfig;
import org.marsad.ingest.IngestService;
import org.marsad.search.SearchSettings;
import org.marsad.search.SearchStage;
import org.marsad.sink.SinkConfig;

/**
 * The whole pipeline in one process: an embedded broker (unless a cluster was named), the topics, the
 * enrich and sink stages and the ingest stage (its sources start on demand). Closing stops them in reverse
 * order, so ingest flushes before the stages stop and the stages stop before the broker.
 */
final class LocalPipeline implements AutoCloseable {

    private final KafkaBroker broker;
    private final ClusterConfig cluster;
    private final IngestConfig ingestConfig;
    private final List<AutoCloseable> stages;
    private final IngestService ingest;
    private SearchStage search;

    private LocalPipeline(KafkaBroker broker, ClusterConfig cluster, IngestConfig ingestConfig,
            List<AutoCloseable> stages, IngestService ingest) {
        this.broker = broker;
        this.cluster = cluster;
        this.ingestConfig = ingestConfig;
        this.stages = stages;
        this.ingest = ingest;
    }

    /**
     * Starts everything.
     *
     * @param config the configuration the command parsed
     * @param embedded start an in-process broker on {@code port} storing data in {@code dataDir}
     * @param streamsOverrides extra Kafka Streams properties for both stages
     */
    static LocalPipeline start(MarsadConfig config, Path dataDir, boolean embedded, int port,
            Map<String, Object> streamsOverrides) {
        return start(config, dataDir, embedded, port, streamsOverrides, 0);
    }

    /** As above, with the search API on {@code searchPort} (0: any free port). */
    static LocalPipeline start(MarsadConfig config, Path dataDir, boolean embedded, int port,
            Map<String, Object> streamsOverrides, int searchPort) {
        KafkaBroker broker = embedded ? EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), port) : null;
        ClusterConfig cluster = broker == null ? config.cluster()
                : config.cluster().withBootstrapServers(broker.bootstrapServers());
        IngestConfig ingestConfig = IngestConfig.from(config).withBootstrapServers(cluster.bootstrapServers());
        List<AutoCloseable> stages = new ArrayList<>();
        try {
            Stages.provisionTopics(cluster);
            stages.add(Stages.startEnrich(enrichConfig(config, cluster, dataDir), streamsOverrides));
            stages.add(Stages.startSink(sinkConfig(config, cluster, dataDir), streamsOverrides));
            SearchStage search = Stages.startSearch(cluster, dataDir, SearchSettings.DEFAULT_HTTP_HOST, searchPort);
            stages.add(search);
            IngestService ingest = Stages.openIngest(ingestConfig, cluster);
            stages.add(ingest);
            LocalPipeline pipeline = new LocalPipeline(broker, cluster, ingestConfig, stages, ingest);
            pipeline.search = search;
            return pipeline;
        } catch (RuntimeException e) {
            new LocalPipeline(broker, cluster, ingestConfig, stages, null).close();
            throw e;
        }
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

    /** The search stage: its index and API port. */
    SearchStage search() {
        return search;
    }

    ClusterConfig cluster() {
        return cluster;
    }

    @Override
    public void close() {
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
