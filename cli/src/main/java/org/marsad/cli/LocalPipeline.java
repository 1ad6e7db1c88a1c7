package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.broker.ClusterConfig;
import org.marsad.broker.EmbeddedKafkaBroker;
import org.marsad.broker.KafkaBroker;
import org.marsad.ingest.IngestService;
import org.marsad.search.SearchSettings;
import org.marsad.search.SearchStage;
import org.marsad.streams.StreamsStage;

/**
 * The whole pipeline in one process: an embedded broker (unless a cluster was named), the topics, the
 * enrich and sink stages and the ingest stage (its sources start on demand). Closing stops them in reverse
 * order, so ingest flushes before the stages stop and the stages stop before the broker.
 */
final class LocalPipeline implements AutoCloseable {

    private final KafkaBroker broker;
    private final ClusterConfig cluster;
    private final Map<String, String> keys;
    private final List<AutoCloseable> stages;
    private final IngestService ingest;
    private SearchStage search;

    private LocalPipeline(KafkaBroker broker, ClusterConfig cluster, Map<String, String> keys, List<AutoCloseable> stages,
            IngestService ingest) {
        this.broker = broker;
        this.cluster = cluster;
        this.keys = keys;
        this.stages = stages;
        this.ingest = ingest;
    }

    /**
     * Starts everything.
     *
     * @param embedded start an in-process broker on {@code port} storing data in {@code dataDir}
     * @param streamsOverrides extra Kafka Streams properties for both stages
     */
    static LocalPipeline start(Map<String, String> configKeys, Path dataDir, boolean embedded, int port,
            Map<String, Object> streamsOverrides) {
        return start(configKeys, dataDir, embedded, port, streamsOverrides, 0);
    }

    /** As above, with the search API on {@code searchPort} (0: any free port). */
    static LocalPipeline start(Map<String, String> configKeys, Path dataDir, boolean embedded, int port,
            Map<String, Object> streamsOverrides, int searchPort) {
        KafkaBroker broker = embedded ? EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), port) : null;
        Map<String, String> keys = new HashMap<>(Stages.withStateUnder(configKeys, dataDir));
        if (broker != null) {
            keys.put(ClusterConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        }
        ClusterConfig cluster = ClusterConfig.from(keys);
        List<AutoCloseable> stages = new ArrayList<>();
        try {
            Stages.provisionTopics(cluster);
            StreamsStage enrich = Stages.startEnrich(keys, streamsOverrides);
            stages.add(enrich);
            stages.add(Stages.startSink(keys, streamsOverrides));
            SearchStage search = Stages.startSearch(keys, dataDir, SearchSettings.DEFAULT_HTTP_HOST, searchPort);
            stages.add(search);
            IngestService ingest = Stages.openIngest(keys);
            stages.add(ingest);
            LocalPipeline pipeline = new LocalPipeline(broker, cluster, keys, stages, ingest);
            pipeline.search = search;
            return pipeline;
        } catch (RuntimeException e) {
            new LocalPipeline(broker, cluster, keys, stages, null).close();
            throw e;
        }
    }

    /** The ingest stage, open on this pipeline's cluster; its sources start on demand. */
    IngestService ingest() {
        return ingest;
    }

    /** The search stage: its index and API port. */
    SearchStage search() {
        return search;
    }

    ClusterConfig cluster() {
        return cluster;
    }

    /** The merged configuration keys, with the bootstrap servers of the broker in use. */
    Map<String, String> keys() {
        return keys;
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
