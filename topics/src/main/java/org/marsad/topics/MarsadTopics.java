package org.marsad.topics;

import java.util.List;
import java.util.Map;
import org.marsad.config.ClusterConfig;
import org.marsad.model.Topics;

/** The topics of a Marsad pipeline and their configs, derived from the shared cluster settings. */
public final class MarsadTopics {

    private MarsadTopics() {
    }

    /**
     * The raw topic is the archive: unlimited retention, and record timestamps are the ingest time
     * ({@code CreateTime} set by the producer), so time-based replay and retention never see publication
     * dates. The index is compacted: one current document per id. The DLQ keeps everything it is given.
     */
    public static List<TopicSpec> all(ClusterConfig cluster) {
        String maxBytes = Integer.toString(cluster.maxMessageBytes());
        Map<String, String> archive = Map.of(
                "cleanup.policy", "delete",
                "retention.ms", "-1",
                "retention.bytes", "-1",
                "message.timestamp.type", "CreateTime",
                "max.message.bytes", maxBytes);
        return List.of(
                spec(Topics.RAW, cluster, archive),
                spec(Topics.ENRICHED, cluster, Map.of("cleanup.policy", "delete", "max.message.bytes", maxBytes)),
                spec(Topics.INDEX, cluster, Map.of("cleanup.policy", "compact", "max.message.bytes", maxBytes)),
                spec(Topics.DLQ, cluster, archive));
    }

    /** A compacted topic of the pipeline's own bookkeeping (seen-state, for example). */
    public static TopicSpec compacted(String name, ClusterConfig cluster) {
        return spec(name, cluster, Map.of("cleanup.policy", "compact"));
    }

    private static TopicSpec spec(String name, ClusterConfig cluster, Map<String, String> configs) {
        return new TopicSpec(name, cluster.partitions(), cluster.replicationFactor(), configs);
    }
}
